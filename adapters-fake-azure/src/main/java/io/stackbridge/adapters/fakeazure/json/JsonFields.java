package io.stackbridge.adapters.fakeazure.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.function.BiFunction;

/**
 * Reads the members of one JSON object, naming each problem by its JSON path
 * ({@code subscriptions[2].tenantId}). JSON null counts as absent.
 */
public record JsonFields(JsonNode node, String path) {

    public static final ValueType TEXT = ValueType.TEXT;
    public static final ValueType AN_OBJECT = ValueType.OBJECT;
    public static final ValueType AN_ARRAY_OF_OBJECTS = ValueType.ARRAY_OF_OBJECTS;

    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public Option<JsonNode> member(String name) {
        return Option.of(node.get(name)).filter(value -> !value.isNull());
    }

    /** A text member, absent when missing; any other JSON type is WRONG_TYPE. */
    public Validation<Seq<Violation>, Option<String>> optionalText(String name) {
        Option<JsonNode> value = member(name);
        if (value.isEmpty()) {
            return Validation.valid(Option.none());
        }
        return value.get().isTextual()
                ? Validation.valid(Option.some(value.get().asText()))
                : Violation.invalid(field(name), JsonTrees.excerpt(value.get()), Rule.WRONG_TYPE, TEXT);
    }

    /** A text member that must be there and not blank. */
    public Validation<Seq<Violation>, String> requiredText(String name) {
        return optionalText(name).flatMap(text -> text.filter(value -> !value.isBlank())
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(field(name), text.getOrElse(""), Rule.REQUIRED))));
    }

    /** A required text member read by a domain parser that names the field it is given. */
    public <T> Validation<Seq<Violation>, T> parsed(String name, BiFunction<String, String, Validation<Seq<Violation>, T>> parser) {
        return optionalText(name).flatMap(text -> parser.apply(field(name), text.getOrNull()));
    }

    /** A boolean member; {@code otherwise} when absent. */
    public Validation<Seq<Violation>, Boolean> bool(String name, boolean otherwise) {
        Option<JsonNode> value = member(name);
        if (value.isEmpty()) {
            return Validation.valid(otherwise);
        }
        return value.get().isBoolean()
                ? Validation.valid(value.get().booleanValue())
                : Violation.invalid(field(name), JsonTrees.excerpt(value.get()), Rule.NOT_A_BOOLEAN);
    }

    /** Members this object does not know, except {@code $comment}-style ones starting with {@code $}. */
    public Seq<Violation> unknownMembers(List<String> known) {
        return List.ofAll(node::fieldNames)
                .filter(name -> !name.startsWith("$") && !known.contains(name))
                .map(name -> Violation.of(field(name), name, Rule.UNKNOWN_VALUE, known.mkString(", ")));
    }

    /** Every problem found by the given validations, in order. */
    @SafeVarargs
    public static Seq<Violation> problems(Validation<Seq<Violation>, ?>... checks) {
        List<Violation> problems = List.empty();
        for (Validation<Seq<Violation>, ?> check : checks) {
            problems = check.isInvalid() ? problems.appendAll(check.getError()) : problems;
        }
        return problems;
    }
}
