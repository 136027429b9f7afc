package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.error.LocalizedText;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/** One diagnostic step: what it checked ({@code target}) and what it found (a {@link Finding}, told in the reader’s language), or the coded failure. */
public record StepCheck(DiagnosticStep step, String target, Either<DomainError, Finding> outcome) {

    public StepCheck {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean passed() {
        return outcome.isRight();
    }

    public Option<DomainError> failure() {
        return outcome.swap().toOption();
    }

    /** The failure's message and remediation in {@code language}; none for a passed step. */
    public Option<LocalizedText> describe(Language language) {
        return failure().map(error -> ErrorMessages.describe(error, language));
    }
}
