package io.stackbridge.domain.validation;

import io.stackbridge.domain.text.Localizable;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Objects;

/**
 * One problem with one input value: where it was found ({@code field}), what was given, which
 * {@link Rule} it breaks, and the rule's own arguments (a maximum length, the known values, an
 * expected {@link ValueType}…; a {@code Localizable} argument is shown in the reader's language).
 */
public record Violation(String field, String value, Rule rule, List<Object> ruleArguments) implements Localizable {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        value = value == null ? "" : value;
        ruleArguments = ruleArguments == null ? List.empty() : ruleArguments;
    }

    public static Violation of(String field, String value, Rule rule, Object... ruleArguments) {
        return new Violation(field, value, rule, List.of(ruleArguments));
    }

    /** The same problem, reported against another field name (a path segment, a JSON property…). */
    public Violation at(String otherField) {
        return new Violation(otherField, value, rule, ruleArguments);
    }

    /** Rendered as {@code rule.<RULE>} with the field, the value and the rule's own arguments. */
    @Override
    public String messageKey() {
        return "rule." + rule.name();
    }

    @Override
    public List<Object> messageArguments() {
        return List.<Object>of(field, value).appendAll(ruleArguments);
    }

    /** A single-problem invalid result, the common case for parsers. */
    public static <T> Validation<Seq<Violation>, T> invalid(String field, String value, Rule rule, Object... args) {
        return Validation.invalid(List.of(of(field, value, rule, args)));
    }

    /** Valid when no problem was found, otherwise every problem at once. */
    public static <T> Validation<Seq<Violation>, T> check(Seq<Violation> problems, java.util.function.Supplier<T> value) {
        return problems.isEmpty() ? Validation.valid(value.get()) : Validation.invalid(problems);
    }
}
