package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.ParentGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge azure faults}: the fault rules in force, documented failures provoked on purpose. */
@ParentGroup(AzureCommands.class)
@Command(name = "faults", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The fault rules in force: documented failures provoked on purpose.")
public final class AzureFaultCommands extends CommandGroup {
}
