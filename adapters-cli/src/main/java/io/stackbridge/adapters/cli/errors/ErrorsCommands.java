package io.stackbridge.adapters.cli.errors;

import io.stackbridge.adapters.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code stackbridge errors}: the catalog of codes, at hand in the terminal. */
@Command(name = "errors", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "The catalog of error codes: what each means, what to do about it, and how to meet it on purpose.")
public final class ErrorsCommands extends CommandGroup {
}
