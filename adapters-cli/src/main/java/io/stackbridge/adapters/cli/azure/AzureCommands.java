package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge azure}: the emulated Azure driven from the terminal, as the stamp commands drive the stack side. */
@Command(name = "azure", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The emulated Azure from the terminal: registrations, tenants, approvals, fault rules, journal, clock, "
                + "world and the usage ledger.")
public final class AzureCommands extends CommandGroup {
}
