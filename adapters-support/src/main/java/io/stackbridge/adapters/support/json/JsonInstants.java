package io.stackbridge.adapters.support.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants of request bodies as {@link Instant#parse} does. The form every usage record
 * carries three times, {@code yyyy-MM-ddTHH:mm:ssZ}, is read digit by digit; any other text (fractions,
 * offsets, leap seconds, mistakes) goes to {@link Instant#parse}, so what is accepted and what is
 * refused does not change.
 */
final class JsonInstants {

    private static final int SHORT_FORM = "2026-01-01T00:00:00Z".length();

    private JsonInstants() {
    }

    /** The instant, or {@link java.time.format.DateTimeParseException} exactly when {@link Instant#parse} would throw it. */
    static Instant parse(String text) {
        if (text.length() == SHORT_FORM && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
                    && second >= 0 && second <= 59 && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second);
                } catch (DateTimeException outOfRange) {
                    return Instant.parse(text);
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int at = from; at < from + count; at++) {
            char c = text.charAt(at);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
