package io.stackbridge.adapters.cli.stack;

import io.stackbridge.domain.text.Language;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The options every stack-side command shares: where the stamp lives, its clock, and the language and marks of what it says. */
public final class StackOptions {

    /** Where {@code stamp init} puts a stamp unless told otherwise. */
    public static final String DEFAULT_DATA_DIR = ".stackbridge/stamp";

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = DEFAULT_DATA_DIR,
            description = "The stamp's data directory: stamp, activation, local usage, outbox, bridge health (default: ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the output: en or fr (default: the system's language).")
    private Language language;

    @Option(names = "--ascii", description = "Marks steps with [ok] and [x] instead of check marks.")
    private boolean ascii;

    @Option(names = "--stamp-clock-offset", paramLabel = "DURATION", defaultValue = "PT0S",
            description = "Runs the stamp's clock this far from the system's, as a drifted stamp would: PT10M ahead, -PT10M behind, P31D…")
    private Duration clockOffset;

    public Path dataDirectory() {
        return dataDirectory.toAbsolutePath().normalize();
    }

    public Language language() {
        return language == null ? Language.of(Locale.getDefault()) : language;
    }

    public boolean ascii() {
        return ascii;
    }

    public Duration clockOffset() {
        return clockOffset;
    }
}
