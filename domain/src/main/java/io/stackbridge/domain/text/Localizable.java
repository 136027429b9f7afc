package io.stackbridge.domain.text;

import io.vavr.collection.List;

/** A value shown to people through the message bundles rather than by {@code toString()}. */
public interface Localizable {

    /** The bundle key of its pattern. */
    String messageKey();

    /** The values for the pattern's placeholders, in order. */
    List<Object> messageArguments();

    /** Whether it is told as a clause inside another sentence, so without its own closing full stop. */
    default boolean clause() {
        return false;
    }
}
