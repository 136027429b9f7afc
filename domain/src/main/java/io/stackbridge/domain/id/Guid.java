package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;
import java.util.UUID;

/**
 * A GUID in the 8-4-4-4-12 hexadecimal form, kept exactly as the caller wrote it and compared
 * without regard to case.
 */
public record Guid(String text) {

    public Guid {
        if (!HexText.isGuid(text)) {
            throw new IllegalArgumentException("not a GUID: " + text);
        }
    }

    /** Parses a GUID, naming {@code field} in the violation when the text is blank or malformed. */
    public static Validation<Seq<Violation>, Guid> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(field, text, Rule.REQUIRED);
        }
        return HexText.isGuid(text)
                ? Validation.valid(new Guid(text))
                : Violation.invalid(field, text, Rule.NOT_A_GUID);
    }

    public static Guid random() {
        return new Guid(UUID.randomUUID().toString());
    }

    /** The lower-case form, used for comparison and as a storage key. */
    public String key() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Equal to a GUID that differs only in case (hexadecimal digits: ASCII), compared without copying. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Guid guid && guid.text.equalsIgnoreCase(text);
    }

    /** The hash of {@link #key()}, computed without building it (GUIDs are used as keys by the million). */
    @Override
    public int hashCode() {
        return HexText.lowerCaseHash(text, false);
    }

    @Override
    public String toString() {
        return text;
    }
}
