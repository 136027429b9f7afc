package io.stackbridge.application.contract;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;

import static org.assertj.core.api.Assertions.assertThat;

/** Unwraps a port's outcome, failing the test with the other side's content when it is not the one expected. */
public final class Outcomes {

    private Outcomes() {
    }

    /** The success value; fails showing the error when the port refused. */
    public static <T> T right(Either<DomainError, T> outcome) {
        assertThat(outcome.isRight()).as("expected success but got %s", outcome).isTrue();
        return outcome.get();
    }

    /** The error; fails showing the value when the port succeeded. */
    public static DomainError left(Either<DomainError, ?> outcome) {
        assertThat(outcome.isLeft()).as("expected an error but got %s", outcome).isTrue();
        return outcome.getLeft();
    }

    /** The error's English message, which names the values it is about. */
    public static String message(DomainError error) {
        return ErrorMessages.message(error, Language.EN);
    }
}
