package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.fakeazure.journal.JournalSize;
import io.stackbridge.adapters.support.tls.CertificateSource;
import io.vavr.control.Option;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code serve} command line read without picocli, whose model of the command (built from its
 * annotations by reflection) is the largest part of {@code serve}'s start before the emulator's own
 * work. Only a plain line is read here: {@code serve} then each of these options at most once, as
 * {@code --name value} or {@code --name=value}, every value one picocli reads the same way and within
 * its range. Anything else (help, the certificate options, a repeated or unknown option, a value
 * that is missing, out of range or could be read another way) is none, and picocli reads the line
 * as before, so its answers and messages are unchanged.
 */
public record PlainServeLine(EmulatorSettings settings, Option<Path> dataDirectory) {

    private static final Set<String> OPTIONS = Set.of("--port", "--host", "--http-port", "--auth", "--world", "--state-dir", "--seed",
            "--data-dir", "--journal-size", "--stamp-dir");
    /** Decimal numbers {@code Integer.valueOf} and {@code Long.valueOf} read alike, with no sign, leading zero or overflow. */
    private static final Pattern INT = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern LONG = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern AUTH = Pattern.compile("strict|basic|off|STRICT|BASIC|OFF");

    /** The line's settings, or none when it is not a plain {@code serve} line. */
    public static Option<PlainServeLine> of(String... args) {
        if (args.length == 0 || !"serve".equals(args[0])) {
            return Option.none();
        }
        Map<String, String> given = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String name = equals < 0 ? args[i] : args[i].substring(0, equals);
            String value = equals >= 0 ? args[i].substring(equals + 1) : i + 1 < args.length ? args[++i] : "";
            if (!OPTIONS.contains(name) || given.containsKey(name) || !plain(value)) {
                return Option.none();
            }
            given.put(name, value);
        }
        return of(given);
    }

    private static Option<PlainServeLine> of(Map<String, String> given) {
        String port = given.getOrDefault("--port", ServeCommand.DEFAULT_PORT);
        String httpPort = given.get("--http-port");
        String auth = given.getOrDefault("--auth", ServeCommand.DEFAULT_AUTH);
        String seed = given.get("--seed");
        String journalSize = given.getOrDefault("--journal-size", String.valueOf(JournalSize.DEFAULT));
        if (!isPort(port) || httpPort != null && !isPort(httpPort) || !AUTH.matcher(auth).matches()
                || seed != null && !LONG.matcher(seed).matches() || !INT.matcher(journalSize).matches()
                || Integer.parseInt(journalSize) < 1 || Integer.parseInt(journalSize) > JournalSize.MAX) {
            return Option.none();
        }
        try {
            Path stateDirectory = Path.of(given.getOrDefault("--state-dir", ServeCommand.DEFAULT_STATE_DIRECTORY));
            EmulatorSettings settings = new EmulatorSettings(given.getOrDefault("--host", EmulatorSettings.DEFAULT_HOST), Integer.parseInt(port),
                    Option.of(httpPort).map(Integer::parseInt), AuthChoice.valueOf(auth.toUpperCase(Locale.ROOT)),
                    Option.of(given.get("--world")).map(Path::of), new CertificateSource.Generated(), stateDirectory.toAbsolutePath().normalize(),
                    Option.of(seed).map(Long::parseLong), Integer.parseInt(journalSize));
            EmulatorSettings shown = Option.of(given.get("--stamp-dir")).map(Path::of)
                    .map(directory -> settings.withStampDirectory(directory.toAbsolutePath().normalize())).getOrElse(settings);
            return Option.some(new PlainServeLine(shown, Option.of(given.get("--data-dir")).map(Path::of)));
        } catch (InvalidPathException notAPath) {
            return Option.none();
        }
    }

    /** A value picocli takes as it is: not empty, not option-like, not an argument file, no quotes to trim. */
    private static boolean plain(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@") && value.indexOf('"') < 0;
    }

    private static boolean isPort(String value) {
        return INT.matcher(value).matches() && Integer.parseInt(value) <= 65535;
    }
}
