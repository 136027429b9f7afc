package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge stamp}: the simulated Azure Stack Hub stamp kept in a data directory. */
@Command(name = "stamp", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The Azure Stack Hub stamp kept in a data directory: create it, register and activate it, read its properties.")
public final class StampCommands extends CommandGroup {
}
