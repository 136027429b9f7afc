package io.stackbridge.adapters.cli.stack;

/** Told each time Azure confirms a batch the bridge pushed, with the records it carried: what a progress bar of a push follows. */
@FunctionalInterface
public interface PushWatch {

    /** Nobody watching. */
    PushWatch NONE = records -> {
    };

    void confirmed(int records);
}
