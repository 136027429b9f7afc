package io.stackbridge.adapters.support.logs;

import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A role's line as written: {@code 2026-12-05T04:55:01.123Z WARN  AzureBridge correlation=<id> code=<code> <message>},
 * on one line (line breaks in the message become spaces), at most {@value #MAX_MESSAGE} characters of
 * message, secrets masked. Every line starts with its UTC instant, which is how a time range picks lines.
 */
public final class RoleLineFormat {

    /** The longest message kept; a longer one is cut, so that one line cannot break the files' size bound. */
    public static final int MAX_MESSAGE = 2_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private RoleLineFormat() {
    }

    public static String format(RoleLine line) {
        String message = Redaction.mask(line.message().replaceAll("\\s*\\R\\s*", " ").strip());
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
        return TIME.format(line.at()) + " " + String.format("%-5s", line.level()) + " " + line.role()
                + " correlation=" + Redaction.mask(line.correlation()) + " code=" + line.code() + " " + message + "\n";
    }

    /** When a written line happened: the instant it starts with, if it starts with one. */
    public static Option<Instant> timeOf(String written) {
        int space = written.indexOf(' ');
        return space <= 0 ? Option.none() : Try.of(() -> Instant.parse(written.substring(0, space))).toOption();
    }
}
