package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;

/**
 * A usage meter: a GUID written with or without dashes (two network meters have none). Kept as
 * written; two meter IDs are equal when they match after removing dashes, in any case.
 */
public record MeterId(String value) {

    public static final String FIELD = "meterId";

    public MeterId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a meter ID: " + value);
        }
    }

    public static Validation<Seq<Violation>, MeterId> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, MeterId> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(field, text, Rule.REQUIRED);
        }
        String trimmed = text.trim();
        return isWellFormed(trimmed)
                ? Validation.valid(new MeterId(trimmed))
                : Violation.invalid(field, text, Rule.NOT_A_METER_ID);
    }

    public static MeterId of(String text) {
        return new MeterId(text);
    }

    private static boolean isWellFormed(String text) {
        return HexText.isGuid(text) || HexText.isPlain(text);
    }

    /** Lower case without dashes: the form used for comparison and lookups. */
    public String key() {
        return value.replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Equal when the hexadecimal digits match in order, dashes skipped, case ignored: {@link #key()}s compared without building them. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MeterId meter)) {
            return false;
        }
        String mine = value;
        String theirs = meter.value;
        int i = 0;
        int j = 0;
        while (true) {
            while (i < mine.length() && mine.charAt(i) == '-') {
                i++;
            }
            while (j < theirs.length() && theirs.charAt(j) == '-') {
                j++;
            }
            if (i == mine.length() || j == theirs.length()) {
                return i == mine.length() && j == theirs.length();
            }
            if (Character.toLowerCase(mine.charAt(i++)) != Character.toLowerCase(theirs.charAt(j++))) {
                return false;
            }
        }
    }

    /** The hash of {@link #key()}, computed without building it. */
    @Override
    public int hashCode() {
        return HexText.lowerCaseHash(value, true);
    }

    @Override
    public String toString() {
        return value;
    }
}
