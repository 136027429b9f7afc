package io.stackbridge.adapters.sqlite.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as ISO-8601 UTC text of one width (nanoseconds always written, as in
 * {@code 2026-11-21T10:00:00.000000000Z}), so that comparing the text compares the times.
 */
public final class StoredInstant {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private StoredInstant() {
    }

    public static String text(Instant instant) {
        return FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return Instant.parse(text);
    }
}
