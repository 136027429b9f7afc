package io.stackbridge.domain.directory;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** A CSP partner (Partner Center / MPN identity): 1–64 letters, digits, {@code - _ .}; any case. */
public record PartnerId(String value) {

    public static final String FIELD = "cspPartnerId";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public PartnerId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a partner id: " + value);
        }
    }

    public static Validation<Seq<Violation>, PartnerId> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, text, Rule.REQUIRED);
        }
        return FORM.matcher(text).matches()
                ? Validation.valid(new PartnerId(text))
                : Violation.invalid(FIELD, text, Rule.INVALID_CHARACTERS, text, "- _ .");
    }

    public static PartnerId of(String text) {
        return new PartnerId(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerId partner && partner.value.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return value.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
