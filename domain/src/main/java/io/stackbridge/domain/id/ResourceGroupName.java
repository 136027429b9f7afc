package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;

/**
 * An Azure resource group name: 1–90 letters, digits, {@code _ - . ( )}, not ending with a
 * period. Kept as written, compared without regard to case.
 */
public record ResourceGroupName(String value) {

    public static final String FIELD = "resourceGroupName";
    private static final NameRules RULES = new NameRules("_-.()", false);

    public ResourceGroupName {
        RULES.check(FIELD, value).toEither().getOrElseThrow(problems -> new IllegalArgumentException(problems.mkString("; ")));
    }

    public static Validation<Seq<Violation>, ResourceGroupName> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, ResourceGroupName> parse(String field, String text) {
        return RULES.check(field, text).map(ResourceGroupName::new);
    }

    public static ResourceGroupName of(String text) {
        return new ResourceGroupName(text);
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceGroupName name && name.key().equals(key());
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
