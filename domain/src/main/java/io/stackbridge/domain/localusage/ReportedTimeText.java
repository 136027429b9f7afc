package io.stackbridge.domain.localusage;

import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a reported time as the usage APIs' clients write it: ISO-8601 with {@code Z} or an offset
 * (converted to UTC), without one (taken as UTC), a bare date (its UTC midnight), and the
 * documented escaped form {@code 2015-06-16T18%3a53%3a11%2b00%3a00Z}, which decodes to an offset
 * followed by a stray {@code Z}. A {@code +} left unescaped in a query string arrives as a space.
 */
public final class ReportedTimeText {

    private ReportedTimeText() {
    }

    /** The instant, or nothing when the text is blank or no ISO-8601 time. */
    public static Option<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Option.none();
        }
        String iso = withoutStrayZ(text.trim().replace(' ', '+').toUpperCase(Locale.ROOT));
        return attempt(iso, Instant::parse)
                .orElse(() -> attempt(iso, value -> OffsetDateTime.parse(value).toInstant()))
                .orElse(() -> attempt(iso, value -> LocalDateTime.parse(value).toInstant(ZoneOffset.UTC)))
                .orElse(() -> attempt(iso, value -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static String withoutStrayZ(String text) {
        boolean offsetThenZ = text.length() > 7 && text.endsWith("Z") && text.charAt(text.length() - 4) == ':'
                && (text.charAt(text.length() - 7) == '+' || text.charAt(text.length() - 7) == '-');
        return offsetThenZ ? text.substring(0, text.length() - 1) : text;
    }

    private static Option<Instant> attempt(String text, Function<String, Instant> parser) {
        return Try.of(() -> parser.apply(text)).toOption();
    }
}
