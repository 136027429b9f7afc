package io.stackbridge.domain.stamp;

import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Option;

import java.util.Objects;

/** How one registration step ended: done, or the error that stopped the registration there. */
public record StepOutcome(RegistrationStep step, Option<DomainError> failure) {

    public StepOutcome {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(failure, "failure");
    }

    public static StepOutcome done(RegistrationStep step) {
        return new StepOutcome(step, Option.none());
    }

    public static StepOutcome failed(RegistrationStep step, DomainError error) {
        return new StepOutcome(step, Option.some(error));
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
