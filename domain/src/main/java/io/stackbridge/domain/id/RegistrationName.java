package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;

/**
 * The name of a registration resource: 1–90 letters, digits, {@code _ - .}. Stored as given,
 * looked up without regard to case. The convention is {@code azurestack-{cloudId}}.
 */
public record RegistrationName(String value) {

    public static final String FIELD = "registrationName";
    private static final NameRules RULES = new NameRules("_-.", true);

    public RegistrationName {
        RULES.check(FIELD, value).toEither().getOrElseThrow(problems -> new IllegalArgumentException(problems.mkString("; ")));
    }

    public static Validation<Seq<Violation>, RegistrationName> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, RegistrationName> parse(String field, String text) {
        return RULES.check(field, text).map(RegistrationName::new);
    }

    public static RegistrationName of(String text) {
        return new RegistrationName(text);
    }

    /** The conventional name for a stamp: {@code azurestack-{cloudId}}. */
    public static RegistrationName conventionalFor(CloudId cloudId) {
        return new RegistrationName("azurestack-" + cloudId.value());
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistrationName name && name.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
