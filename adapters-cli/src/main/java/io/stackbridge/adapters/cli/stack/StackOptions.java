package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.text.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The options every stack-side command shares: where the stamp lives, its clock, and the language and marks of what it says. */
public final class StackOptions {

    /** Where {@code stamp init} puts a stamp unless told otherwise. */
    public static final String DEFAULT_DATA_DIR = ".stackbridge/stamp";

    /** How far {@code --stamp-clock-offset} may move the stamp's clock either way: 100 years, far from where Instant arithmetic overflows. */
    public static final long MAX_CLOCK_OFFSET_DAYS = 36_525;

    private static final String CLOCK_OFFSET = "--stamp-clock-offset";

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = DEFAULT_DATA_DIR,
            description = "The stamp's data directory: stamp, activation, local usage, outbox, bridge health (default: ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the output: en or fr (default: the system's language).")
    private Language language;

    @Option(names = "--ascii", description = "Marks steps with [ok] and [x] instead of check marks.")
    private boolean ascii;

    @Option(names = CLOCK_OFFSET, paramLabel = "DURATION", defaultValue = "PT0S",
            description = "Runs the stamp's clock this far from the system's, as a drifted stamp would: PT10M ahead, -PT10M behind, P31D…; "
                    + "at most " + MAX_CLOCK_OFFSET_DAYS + " days (100 years) either way.")
    private Duration clockOffset;

    /** The command these options are mixed into, for a usage error about one of them. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    public Path dataDirectory() {
        return dataDirectory.toAbsolutePath().normalize();
    }

    public Language language() {
        return language == null ? Language.of(Locale.getDefault()) : language;
    }

    public boolean ascii() {
        return ascii;
    }

    /** The stamp's clock offset; one beyond {@value #MAX_CLOCK_OFFSET_DAYS} days either way is a usage error naming the option. */
    public Duration clockOffset() {
        Duration bound = Duration.ofDays(MAX_CLOCK_OFFSET_DAYS);
        if (clockOffset.compareTo(bound) > 0 || clockOffset.compareTo(bound.negated()) < 0) {
            throw new ParameterException(mixee.commandLine(), CliText.in(language()).format("stack.clockOffsetOutOfRange", CLOCK_OFFSET,
                    "-P" + MAX_CLOCK_OFFSET_DAYS + "D", "P" + MAX_CLOCK_OFFSET_DAYS + "D", given()));
        }
        return clockOffset;
    }

    /** The offset as it was written on the command line (picocli keeps it), or as Java writes it. */
    private String given() {
        OptionSpec option = mixee.findOption(CLOCK_OFFSET);
        return option == null || option.originalStringValues().isEmpty() ? clockOffset.toString()
                : option.originalStringValues().get(option.originalStringValues().size() - 1);
    }
}
