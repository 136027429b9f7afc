package io.stackbridge.domain.error;

import io.stackbridge.domain.text.Localizable;
import io.vavr.collection.List;

/**
 * An error told inside another sentence, in the reader's language: its code and message
 * ({@code CloudNotRegistered: No registration…}), as the cause of the bridge's {@code Unauthorized}.
 */
public record ErrorSentence(DomainError error) implements Localizable {

    @Override
    public String messageKey() {
        return "error.withCode";
    }

    @Override
    public boolean clause() {
        return true;
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(error.code().name(), new Message(error));
    }

    /** The error's message alone. */
    private record Message(DomainError error) implements Localizable {

        @Override
        public String messageKey() {
            return ErrorMessages.messageKey(error.code());
        }

        @Override
        public List<Object> messageArguments() {
            return error.arguments();
        }
    }
}
