package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A GUID in the 8-4-4-4-12 hexadecimal form, kept exactly as the caller wrote it and compared
 * without regard to case.
 */
public record Guid(String text) {

    private static final Pattern FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public Guid {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not a GUID: " + text);
        }
    }

    /** Parses a GUID, naming {@code field} in the violation when the text is blank or malformed. */
    public static Validation<Seq<Violation>, Guid> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(field, text, Rule.REQUIRED);
        }
        return FORM.matcher(text).matches()
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
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            hash = 31 * hash + Character.toLowerCase(text.charAt(i));
        }
        return hash;
    }

    @Override
    public String toString() {
        return text;
    }
}
