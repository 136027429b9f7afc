package io.stackbridge.adapters.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one reader of our JSON objects (request bodies, the world file, tokens): reads the members of
 * one object, collecting a {@link Violation} for every missing or wrongly typed member, named by its
 * JSON path ({@code properties.tenantId}, {@code records[2].quantity}). Readers of nested objects
 * share the problems of the reader that made them, so one pass reports every problem. JSON null
 * counts as absent; a wrong JSON type is WRONG_TYPE naming the type expected.
 */
public final class JsonFields {

    /** How a request's document is named when it is not an object. */
    public static final String BODY = "body";

    private final JsonNode node;
    private final String prefix;
    final JsonProblems problems;

    JsonFields(JsonNode node, String prefix, JsonProblems problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** A reader of a request's document, which must be an object (named {@link #BODY} when it is not). */
    public static JsonFields root(JsonNode document) {
        JsonProblems sink = new JsonProblems();
        if (document == null || !document.isObject()) {
            sink.add(Violation.of(BODY, JsonTrees.excerpt(document), Rule.WRONG_TYPE, ValueType.OBJECT));
        }
        return new JsonFields(document, "", sink);
    }

    /** A reader of {@code object} found at {@code path} ("" for a document's root), with problems of its own. */
    public static JsonFields at(JsonNode object, String path) {
        return new JsonFields(object, path.isEmpty() ? "" : path + ".", new JsonProblems());
    }

    /** A reader of another object at {@code path}, sharing this reader's problems. */
    public JsonFields nested(JsonNode object, String path) {
        return new JsonFields(object, path.isEmpty() ? "" : path + ".", problems);
    }

    /** The full name of a member, as violations name it ({@code properties.tenantId}, {@code records[2].quantity}). */
    public String field(String name) {
        return prefix + name;
    }

    /** The member's value; none when missing or JSON null. */
    public Option<JsonNode> member(String name) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(name);
        return value == null || value.isNull() ? Option.none() : Option.some(value);
    }

    public Option<String> text(String name) {
        return member(name).flatMap(value -> problems.typed(field(name), value, JsonNode::isTextual, ValueType.TEXT))
                .map(JsonNode::textValue);
    }

    /** Text that must be there (it may be blank). */
    public Option<String> requiredText(String name) {
        return required(name, text(name));
    }

    /** Text that must be there and not blank: REQUIRED otherwise. */
    public Option<String> filledText(String name) {
        return required(name, filledTextIfPresent(name));
    }

    /** Text that may be absent, but not blank when it is there. */
    public Option<String> filledTextIfPresent(String name) {
        Option<String> text = text(name);
        text.filter(String::isBlank).forEach(blank -> problems.add(Violation.of(field(name), blank, Rule.REQUIRED)));
        return text.filter(value -> !value.isBlank());
    }

    public Option<Boolean> bool(String name) {
        return member(name).flatMap(value -> problems.typed(field(name), value, JsonNode::isBoolean, ValueType.BOOLEAN))
                .map(JsonNode::booleanValue);
    }

    /** A boolean, {@code otherwise} when absent; none only when it is not a boolean (reported). */
    public Option<Boolean> bool(String name, boolean otherwise) {
        return member(name).isEmpty() ? Option.some(otherwise) : bool(name);
    }

    public Option<Boolean> requiredBool(String name) {
        return required(name, bool(name));
    }

    public Option<BigDecimal> number(String name) {
        return member(name).flatMap(value -> problems.typed(field(name), value, JsonNode::isNumber, ValueType.NUMBER))
                .map(JsonNode::decimalValue);
    }

    public Option<BigDecimal> requiredNumber(String name) {
        return required(name, number(name));
    }

    /** A whole number within {@code long}; a fraction or a huge value is WRONG_TYPE. */
    public Option<Long> integer(String name) {
        return member(name)
                .flatMap(value -> problems.typed(field(name), value, v -> v.isIntegralNumber() && v.canConvertToLong(), ValueType.INTEGER))
                .map(JsonNode::longValue);
    }

    public Option<Long> requiredInteger(String name) {
        return required(name, integer(name));
    }

    /** An ISO-8601 instant written as text. */
    public Option<Instant> requiredTime(String name) {
        return requiredText(name).flatMap(text -> {
            try {
                return Option.some(JsonInstants.parse(text.trim()));
            } catch (DateTimeParseException notATime) {
                problems.add(Violation.of(field(name), Excerpt.of(text), Rule.WRONG_TYPE, ValueType.TIME));
                return Option.none();
            }
        });
    }

    /** A nested object's reader, none when the member is absent (or wrongly typed, which is reported). */
    public Option<JsonFields> object(String name) {
        return member(name).flatMap(value -> problems.typed(field(name), value, JsonNode::isObject, ValueType.OBJECT))
                .map(value -> new JsonFields(value, field(name) + ".", problems));
    }

    public Option<JsonFields> requiredObject(String name) {
        return required(name, object(name));
    }

    /** An object whose every member is text, such as {@code tags}. */
    public Option<Map<String, String>> textMap(String name) {
        return object(name).map(fields -> {
            Map<String, String> entries = LinkedHashMap.empty();
            for (java.util.Map.Entry<String, JsonNode> entry : fields.node.properties()) {
                if (entry.getValue().isTextual()) {
                    entries = entries.put(entry.getKey(), entry.getValue().textValue());
                } else {
                    problems.typed(fields.field(entry.getKey()), entry.getValue(), JsonNode::isTextual, ValueType.TEXT);
                }
            }
            return entries;
        });
    }

    /** Each element of a required array of objects, read by {@code element}; an empty array is EMPTY_LIST. */
    public <T> Option<List<T>> requiredObjects(String name, Function<JsonFields, Option<T>> element) {
        Option<JsonNode> array = required(name, member(name)
                .flatMap(value -> problems.typed(field(name), value, JsonNode::isArray, ValueType.ARRAY_OF_OBJECTS)));
        if (array.isDefined() && array.get().isEmpty()) {
            problems.add(Violation.of(field(name), "[]", Rule.EMPTY_LIST));
            return Option.none();
        }
        return array.flatMap(items -> elements(name, items, element));
    }

    /** Each element of an optional array of objects, read by {@code element}; an absent array is empty. */
    public <T> Option<List<T>> objects(String name, Function<JsonFields, Option<T>> element) {
        return member(name).fold(() -> Option.some(List.<T>empty()), value -> problems
                .typed(field(name), value, JsonNode::isArray, ValueType.ARRAY_OF_OBJECTS).flatMap(items -> elements(name, items, element)));
    }

    /** Keeps a domain parser's result, reporting its violations under this reader's names. */
    public <T> Option<T> parsed(Validation<Seq<Violation>, T> result) {
        return result.fold(found -> {
            found.forEach(problem -> problems.add(problem.at(prefix + problem.field())));
            return Option.none();
        }, Option::some);
    }

    /**
     * A text member read by a domain parser that names the field it is given and decides on an absent
     * one (given null); a member that is not text is WRONG_TYPE and never reaches the parser.
     */
    public <T> Option<T> parsed(String name, BiFunction<String, String, Validation<Seq<Violation>, T>> parser) {
        Option<JsonNode> value = member(name);
        if (value.isDefined() && problems.typed(field(name), value.get(), JsonNode::isTextual, ValueType.TEXT).isEmpty()) {
            return Option.none();
        }
        return parsed(parser.apply(name, value.map(JsonNode::textValue).getOrNull()));
    }

    /** Reports one more problem, named relative to this reader. */
    public void report(Violation problem) {
        problems.add(problem.at(prefix + problem.field()));
    }

    /** Reports every member this object does not know, except {@code $comment}-style ones starting with {@code $}. */
    public void rejectUnknownMembers(List<String> known) {
        if (node != null && node.isObject()) {
            List.ofAll(node::fieldNames)
                    .filter(name -> !name.startsWith("$") && !known.contains(name))
                    .forEach(name -> problems.add(Violation.of(field(name), name, Rule.UNKNOWN_VALUE, known.mkString(", "))));
        }
    }

    /** Every problem found so far by this reader and the readers it made. */
    public Seq<Violation> problems() {
        return problems.all();
    }

    /** Valid with {@code value} when no problem was found, else every problem. */
    public <T> Validation<Seq<Violation>, T> result(Supplier<T> value) {
        return Violation.check(problems.all(), value);
    }

    private <T> Option<List<T>> elements(String name, JsonNode items, Function<JsonFields, Option<T>> element) {
        java.util.List<T> read = new ArrayList<>(items.size());
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemName = field(name) + "[" + i + "]";
            Option<T> readItem = problems.typed(itemName, item, JsonNode::isObject, ValueType.OBJECT)
                    .flatMap(object -> element.apply(new JsonFields(object, itemName + ".", problems)));
            complete &= readItem.isDefined();
            readItem.forEach(read::add);
        }
        return complete ? Option.some(List.ofAll(read)) : Option.none();
    }

    <T> Option<T> required(String name, Option<T> value) {
        if (value.isEmpty() && member(name).isEmpty() && node != null && node.isObject()) {
            problems.add(Violation.of(field(name), "", Rule.REQUIRED));
        }
        return value;
    }
}
