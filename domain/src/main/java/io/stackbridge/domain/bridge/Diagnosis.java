package io.stackbridge.domain.bridge;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of {@code diagnose}: the steps that ran, in order, ending at the first failure if
 * any, and the stamp's clock offset from the service when the check got that far (positive: the
 * stamp is ahead).
 */
public record Diagnosis(List<StepCheck> steps, Option<Duration> clockOffset) {

    public Diagnosis {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(clockOffset, "clockOffset");
    }

    /** The failing step, if the check did not pass. */
    public Option<StepCheck> firstFailure() {
        return steps.find(step -> !step.passed());
    }

    public boolean passed() {
        return firstFailure().isEmpty() && steps.size() == DiagnosticStep.values().length;
    }
}
