package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge bridge}: the stamp's Azure Bridge. */
@Command(name = "bridge", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The stamp's Azure Bridge: push usage to Azure, run it in a loop, show its status, diagnose its path to Azure.")
public final class BridgeCommands extends CommandGroup {
}
