package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge marketplace}: the stamp's marketplace management. */
@Command(name = "marketplace", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The stamp's marketplace management: list what Azure offers the registration, show a product, "
                + "download it into the stamp's gallery, remove it.")
public final class MarketplaceCommands extends CommandGroup {
}
