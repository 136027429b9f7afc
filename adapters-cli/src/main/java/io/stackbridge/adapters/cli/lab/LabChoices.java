package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.vavr.collection.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What a lab command reads off its command line: the lab's name and the running emulator; anything else is a usage error. */
final class LabChoices {

    private LabChoices() {
    }

    static LabName lab(CommandSpec spec, CliText text, String typed) {
        return LabName.named(typed).getOrElseThrow(() -> new ParameterException(spec.commandLine(),
                text.format("lab.unknown", typed, List.of(LabName.values()).map(LabName::labName).mkString(", "))));
    }

    static AzureChoice.Emulator emulator(CommandSpec spec, CliText text, AzureOptions azure) {
        AzureChoice choice = azure.choice(spec, text);
        if (choice instanceof AzureChoice.Emulator emulator) {
            return emulator;
        }
        throw new ParameterException(spec.commandLine(), text.format("lab.needsEmulator"));
    }
}
