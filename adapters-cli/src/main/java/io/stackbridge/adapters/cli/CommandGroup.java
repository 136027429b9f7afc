package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.HelpLanguage;
import io.stackbridge.adapters.cli.console.LanguageOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code stamp}, {@code usage}, {@code bridge}): without one of them it is a usage error, told in the language of the help. */
public abstract class CommandGroup implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Accepted here too, so that {@code stackbridge stamp --lang fr --help} is French (see {@link HelpLanguage}). */
    @Mixin
    private LanguageOption language;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), CliText.in(HelpLanguage.of(spec)).format("usage.missingSubcommand",
                spec.qualifiedName(" ").replaceFirst("^stackbridge ", "")));
    }
}
