package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.stack.AzureAdminOptions;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.LanguageOption;
import io.stackbridge.domain.text.MessageBundle;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.Objects;

/**
 * What every {@code azure} command has: the group it sits under, the Azure it reaches
 * ({@code --azure}, {@code --ca}, {@code --timeout}, as the stack commands), {@code --lang}, and the
 * {@link AzureCommand} that runs it. A command that prints data mixes in {@code --output} itself.
 */
public abstract class AzureSubcommand implements Subcommand {

    protected final AzureCommand command;
    private final Class<? extends CommandGroup> group;

    @Spec
    protected CommandSpec spec;

    @Mixin
    protected AzureAdminOptions azure;

    @Mixin
    protected LanguageOption language;

    protected AzureSubcommand(AzureCommand command, Class<? extends CommandGroup> group) {
        this.command = command;
        this.group = Objects.requireNonNull(group, "group");
    }

    @Override
    public final Option<Class<? extends CommandGroup>> group() {
        return Option.some(group);
    }

    /** A usage error (exit 2) listing what is wrong with an option's value. */
    protected ParameterException invalid(Seq<Violation> problems) {
        return usage("azure.invalidOption", problems.map(problem -> MessageBundle.show(language.language(), problem)).mkString("; "));
    }

    /** A usage error (exit 2) saying the sentence under {@code key}. */
    protected ParameterException usage(String key, Object... arguments) {
        return new ParameterException(spec.commandLine(), CliText.in(language.language()).format(key, arguments));
    }
}
