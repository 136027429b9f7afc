package io.stackbridge.adapters.http.server.usage;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The stamp's clock as the {@code x-ms-date} header carries it: RFC 1123 ({@code Sun, 06 Nov 1994 08:49:37 GMT}) or ISO-8601. */
public final class MsDate {

    public static final String HEADER = "x-ms-date";

    private MsDate() {
    }

    public static Validation<Seq<Violation>, Instant> parse(Option<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Violation.invalid(HEADER, "", Rule.REQUIRED);
        }
        String text = header.get().trim();
        try {
            return Validation.valid(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notRfc1123) {
            try {
                return Validation.valid(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException notIso) {
                return Violation.invalid(HEADER, Excerpt.of(text), Rule.WRONG_TYPE, ValueType.TIME);
            }
        }
    }

    /** How the bridge writes its clock. */
    public static String format(Instant time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.atOffset(java.time.ZoneOffset.UTC));
    }
}
