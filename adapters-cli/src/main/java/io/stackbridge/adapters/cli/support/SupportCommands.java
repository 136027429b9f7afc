package io.stackbridge.adapters.cli.support;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge support}: what an operator hands to support. */
@Command(name = "support", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "What support asks for: the logs of the stamp's components, collected into one bundle.")
public final class SupportCommands extends CommandGroup {
}
