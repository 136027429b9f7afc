package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;

/** The lab commands' own refusal: the lab asked about is not the one started (exit code 3: not ready for that command). */
final class LabProblems {

    private LabProblems() {
    }

    static int notStarted(ConsoleOutput console, CliText text, LabName lab, LabState state) {
        String started = state.started().map(LabName::labName).getOrElse("");
        console.problem(text.format(started.isEmpty() ? "lab.notStarted.none" : "lab.notStarted.other", lab.labName(), started));
        return ExitCodes.NOT_READY;
    }
}
