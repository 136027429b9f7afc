package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.console.CliText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code stamp}, {@code usage}, {@code bridge}): without one of them it is a usage error. */
public abstract class CommandGroup implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), CliText.english().format("usage.missingSubcommand",
                spec.qualifiedName(" ").replaceFirst("^stackbridge ", "")));
    }
}
