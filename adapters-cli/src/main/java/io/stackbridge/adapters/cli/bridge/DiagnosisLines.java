package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.bridge.StepCheck;
import io.vavr.collection.List;

import java.time.Duration;
import java.util.Locale;

/** A diagnosis as lines: each step run with its mark, what it checked and found; the steps never reached; the clock offset. */
final class DiagnosisLines {

    private DiagnosisLines() {
    }

    static void show(StackConsole out, Diagnosis diagnosis) {
        for (StepCheck check : diagnosis.steps()) {
            String name = name(out, check.step());
            if (check.passed()) {
                out.say("diagnose.line.passed", out.mark(true), name, check.target(), check.outcome().get());
            } else {
                out.say("diagnose.line.failed", out.mark(false), name, check.target());
            }
        }
        List.of(DiagnosticStep.values()).drop(diagnosis.steps().size()).forEach(step -> out.say("step.notRun", name(out, step)));
        diagnosis.clockOffset().forEach(offset -> out.say("diagnose.clockOffset", seconds(offset)));
        out.say(diagnosis.passed() ? "diagnose.passed" : "diagnose.failed", diagnosis.steps().size(), DiagnosticStep.values().length);
    }

    private static String name(StackConsole out, DiagnosticStep step) {
        return StepWords.label(out.text(), step);
    }

    private static String seconds(Duration offset) {
        return String.format(Locale.ROOT, "%+.3f", offset.toMillis() / 1000.0);
    }
}
