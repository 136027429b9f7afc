package io.stackbridge.domain.stamp;

import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * What a registration attempt did: the outcome of each step it reached (it stops at the first
 * failure), and the activation it applied or the error that stopped it.
 */
public record RegistrationRun(List<StepOutcome> steps, Either<DomainError, Activation> outcome) {

    public RegistrationRun {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean succeeded() {
        return outcome.isRight();
    }
}
