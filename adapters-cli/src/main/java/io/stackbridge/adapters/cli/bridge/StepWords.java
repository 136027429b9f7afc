package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.bridge.StepCheck;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;

/** How {@code bridge diagnose} words a step, shared with the portal: its label, and what it found or met. */
public final class StepWords {

    private StepWords() {
    }

    /** The step as a sentence ({@code diagnose.step.TLS_USAGE}). */
    public static String label(CliText text, DiagnosticStep step) {
        return text.format("diagnose.step." + step.name());
    }

    /** What a passed step found, or the message of the error a failed one met, in {@code language}. */
    public static String detail(Language language, StepCheck check) {
        return check.outcome().fold(error -> ErrorMessages.describe(error, language).message(),
                finding -> MessageBundle.show(language, finding));
    }
}
