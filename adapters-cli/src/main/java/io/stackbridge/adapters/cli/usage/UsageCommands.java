package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge usage}: the stamp's local usage service. */
@Command(name = "usage", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The stamp's local usage service: simulate its tenants' workloads, query its usage APIs.")
public final class UsageCommands extends CommandGroup {
}
