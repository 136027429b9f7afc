package io.stackbridge.adapters.cli.console;

/** How a command shows the data it prints: a table for people, or JSON for scripts (stable, see docs/cli.md). */
public enum OutputFormat {
    TABLE,
    JSON
}
