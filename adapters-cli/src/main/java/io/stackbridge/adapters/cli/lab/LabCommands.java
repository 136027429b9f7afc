package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge lab}: hands-on labs, one per documented code, against the running emulator and the local stamp. */
@Command(name = "lab", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Hands-on labs, one per documented code: start one, investigate and fix what it broke, check it, reset it.")
public final class LabCommands extends CommandGroup {
}
