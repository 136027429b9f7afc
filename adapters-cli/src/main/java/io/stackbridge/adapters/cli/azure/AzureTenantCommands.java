package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.ParentGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge azure tenant}: the tenants (customer subscriptions) of a registration. */
@ParentGroup(AzureCommands.class)
@Command(name = "tenant", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The tenants (customer subscriptions) of a registration.")
public final class AzureTenantCommands extends CommandGroup {
}
