package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.bridge.StepWords;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.http.server.portal.DiagnosisStepView;
import io.stackbridge.adapters.http.server.portal.DiagnosisView;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.bridge.StepCheck;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;

/** The diagnosis as the portal shows it: every step, worded as {@code bridge diagnose} words it; the steps never reached, unpassed and without detail. */
final class DiagnosisViews {

    private DiagnosisViews() {
    }

    static DiagnosisView of(Diagnosis diagnosis, Language language) {
        CliText text = CliText.in(language);
        List<DiagnosisStepView> run = diagnosis.steps().map(check -> step(check, text, language));
        List<DiagnosisStepView> notRun = List.of(DiagnosticStep.values()).drop(diagnosis.steps().size())
                .map(step -> new DiagnosisStepView(step.name(), StepWords.label(text, step), false, null, null, false));
        return new DiagnosisView(run.appendAll(notRun).toJavaList(), diagnosis.passed());
    }

    private static DiagnosisStepView step(StepCheck check, CliText text, Language language) {
        return new DiagnosisStepView(check.step().name(), StepWords.label(text, check.step()), check.passed(),
                check.failure().map(error -> error.code().name()).getOrNull(), StepWords.detail(language, check), true);
    }
}
