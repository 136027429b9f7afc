package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.ParentGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge azure registration}: the registrations Resource Manager holds. */
@ParentGroup(AzureCommands.class)
@Command(name = "registration", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The registrations Resource Manager holds.")
public final class AzureRegistrationCommands extends CommandGroup {
}
