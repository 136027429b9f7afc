package io.stackbridge.application.service.bridge;

import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.bridge.Finding;
import io.stackbridge.domain.bridge.StepCheck;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.util.function.Supplier;

/** The steps of one diagnosis so far: each runs only while all before it passed. */
final class DiagnosisSteps {

    private List<StepCheck> checks = List.empty();
    private Option<Duration> clockOffset = Option.none();

    /** Runs {@code step} against {@code target} unless an earlier step failed; whether it passed. */
    boolean check(DiagnosticStep step, Object target, Supplier<Either<DomainError, Finding>> probe) {
        if (failed()) {
            return false;
        }
        StepCheck check = new StepCheck(step, String.valueOf(target), probe.get());
        checks = checks.append(check);
        return check.passed();
    }

    void clockOffset(Duration offset) {
        clockOffset = Option.some(offset);
    }

    boolean failed() {
        return checks.exists(check -> !check.passed());
    }

    Diagnosis diagnosis() {
        return new Diagnosis(checks, clockOffset);
    }
}
