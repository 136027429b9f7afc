package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.HelpLanguage;
import io.stackbridge.adapters.cli.wiring.ServePreload;
import io.stackbridge.adapters.cli.wiring.StackBridgeComponent;
import io.stackbridge.domain.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code stackbridge} program: its entry point, and the top command that only chooses a subcommand. */
@Command(name = "stackbridge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "An offline Azure for Azure Stack Hub registration, CSP tenant onboarding and usage reporting.")
public final class StackBridge implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Read by {@link Program} before parsing (see {@link io.stackbridge.adapters.cli.console.HelpLanguage}); here so that picocli accepts it first. */
    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the help and of the output: en or fr (default: the system's language); also after the command.")
    private Language language;

    public static void main(String[] args) {
        ServePreload.startFor(args);
        System.exit(StackBridgeComponent.create().program().run(args));
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), CliText.in(HelpLanguage.of(spec)).format("usage.missingCommand"));
    }
}
