package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;

/**
 * The name of a linked subscription resource: 1–90 letters, digits, {@code _ - .}, as a
 * registration's. Stored as given, looked up without regard to case.
 */
public record LinkedSubscriptionName(String value) {

    public static final String FIELD = "linkedSubscriptionName";
    private static final NameRules RULES = new NameRules("_-.", true);

    public LinkedSubscriptionName {
        RULES.check(FIELD, value).toEither().getOrElseThrow(problems -> new IllegalArgumentException(problems.mkString("; ")));
    }

    public static Validation<Seq<Violation>, LinkedSubscriptionName> parse(String text) {
        return RULES.check(FIELD, text).map(LinkedSubscriptionName::new);
    }

    public static LinkedSubscriptionName of(String text) {
        return new LinkedSubscriptionName(text);
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkedSubscriptionName name && name.key().equals(key());
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
