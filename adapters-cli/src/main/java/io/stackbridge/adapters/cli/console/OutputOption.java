package io.stackbridge.adapters.cli.console;

import picocli.CommandLine.Option;

/**
 * The {@code --output table|json} option, as a picocli mixin: {@code @Mixin OutputOption output;} on
 * every command that prints data. With {@code json}, standard output carries one JSON document and
 * nothing else (no progress, no prose); problems still go to standard error.
 */
public final class OutputOption {

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
            description = "How to print the result: table (for people, default) or json (for scripts; see docs/cli.md).")
    private OutputFormat format = OutputFormat.TABLE;

    public OutputFormat format() {
        return format;
    }

    public boolean json() {
        return format == OutputFormat.JSON;
    }
}
