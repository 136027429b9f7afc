package io.stackbridge.adapters.http.wire;

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
import java.util.function.Function;

/**
 * Reads the members of one JSON object of a request, collecting a {@link Violation} for every
 * missing or wrongly typed member (shared with nested readers, so one pass reports every problem).
 */
public final class JsonFields {

    private final JsonNode node;
    private final String prefix;
    private final Problems problems;

    private JsonFields(JsonNode node, String prefix, Problems problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** A reader of a document's root, which must be an object (named {@code body} when it is not). */
    public static JsonFields root(JsonNode document) {
        Problems sink = new Problems();
        if (document == null || !document.isObject()) {
            sink.add(Violation.of(JsonDocument.BODY, excerpt(document), Rule.WRONG_TYPE, ValueType.OBJECT));
        }
        return new JsonFields(document, "", sink);
    }

    /** The full name of a member, as violations name it ({@code properties.tenantId}, {@code records[2].quantity}). */
    public String field(String name) {
        return prefix + name;
    }

    public Option<String> text(String name) {
        return member(name).flatMap(value -> typed(name, value, JsonNode::isTextual, ValueType.TEXT)).map(JsonNode::textValue);
    }

    public Option<String> requiredText(String name) {
        return required(name, text(name));
    }

    public Option<Boolean> bool(String name) {
        return member(name).flatMap(value -> typed(name, value, JsonNode::isBoolean, ValueType.BOOLEAN)).map(JsonNode::booleanValue);
    }

    public Option<BigDecimal> number(String name) {
        return member(name).flatMap(value -> typed(name, value, JsonNode::isNumber, ValueType.NUMBER)).map(JsonNode::decimalValue);
    }

    public Option<BigDecimal> requiredNumber(String name) {
        return required(name, number(name));
    }

    /** A whole number within {@code long}; a fraction or a huge value is WRONG_TYPE. */
    public Option<Long> integer(String name) {
        return member(name).flatMap(value -> typed(name, value, v -> v.isIntegralNumber() && v.canConvertToLong(), ValueType.INTEGER))
                .map(JsonNode::longValue);
    }

    public Option<Long> requiredInteger(String name) {
        return required(name, integer(name));
    }

    /** An ISO-8601 instant written as text. */
    public Option<Instant> requiredTime(String name) {
        return requiredText(name).flatMap(text -> {
            try {
                return Option.some(WireInstants.parse(text.trim()));
            } catch (DateTimeParseException notATime) {
                problems.add(Violation.of(field(name), Excerpt.of(text), Rule.WRONG_TYPE, ValueType.TIME));
                return Option.none();
            }
        });
    }

    /** A nested object's reader, none when the member is absent (or wrongly typed, which is reported). */
    public Option<JsonFields> object(String name) {
        return member(name).flatMap(value -> typed(name, value, JsonNode::isObject, ValueType.OBJECT))
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
                    problems.add(Violation.of(fields.field(entry.getKey()), excerpt(entry.getValue()), Rule.WRONG_TYPE, ValueType.TEXT));
                }
            }
            return entries;
        });
    }

    /** Each element of an array of objects, read by {@code element}; an empty array is EMPTY_LIST. */
    public <T> Option<List<T>> requiredObjects(String name, Function<JsonFields, Option<T>> element) {
        Option<JsonNode> array = required(name, member(name)
                .flatMap(value -> typed(name, value, JsonNode::isArray, ValueType.ARRAY_OF_OBJECTS)));
        if (array.isEmpty()) {
            return Option.none();
        }
        if (array.get().isEmpty()) {
            problems.add(Violation.of(field(name), "[]", Rule.EMPTY_LIST));
            return Option.none();
        }
        java.util.List<T> read = new ArrayList<>(array.get().size());
        boolean complete = true;
        for (int i = 0; i < array.get().size(); i++) {
            JsonNode item = array.get().get(i);
            String itemName = field(name) + "[" + i + "]";
            Option<T> readItem = Option.none();
            if (item.isObject()) {
                readItem = element.apply(new JsonFields(item, itemName + ".", problems));
            } else {
                problems.add(Violation.of(itemName, excerpt(item), Rule.WRONG_TYPE, ValueType.OBJECT));
            }
            complete &= readItem.isDefined();
            readItem.forEach(read::add);
        }
        return complete ? Option.some(List.ofAll(read)) : Option.none();
    }

    /** Keeps a domain parser's result, reporting its violations under this reader's names. */
    public <T> Option<T> parsed(Validation<Seq<Violation>, T> result) {
        return result.fold(found -> {
            found.forEach(problem -> problems.add(problem.at(prefix + problem.field())));
            return Option.none();
        }, Option::some);
    }

    /** Reports one more problem, named relative to this reader. */
    public void report(Violation problem) {
        problems.add(problem.at(prefix + problem.field()));
    }

    /** Every problem found so far by this reader and the readers it made. */
    public Seq<Violation> problems() {
        return problems.all();
    }

    /** Valid with {@code value} when no problem was found, else every problem. */
    public <T> Validation<Seq<Violation>, T> result(java.util.function.Supplier<T> value) {
        return Violation.check(problems.all(), value);
    }

    private Option<JsonNode> member(String name) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(name);
        return value == null || value.isNull() ? Option.none() : Option.some(value);
    }

    private <T> Option<T> required(String name, Option<T> value) {
        if (value.isEmpty() && member(name).isEmpty() && node != null && node.isObject()) {
            problems.add(Violation.of(field(name), "", Rule.REQUIRED));
        }
        return value;
    }

    private Option<JsonNode> typed(String name, JsonNode value, java.util.function.Predicate<JsonNode> ok, ValueType expected) {
        if (ok.test(value)) {
            return Option.some(value);
        }
        problems.add(Violation.of(field(name), excerpt(value), Rule.WRONG_TYPE, expected));
        return Option.none();
    }

    /** A JSON value quoted back: strings without quotes, anything else as written; shortened. */
    static String excerpt(JsonNode node) {
        return node == null ? "" : Excerpt.of(node.isTextual() ? node.textValue() : node.toString());
    }

    /** The violations found by one reading, in the order they were found. */
    private static final class Problems {
        private List<Violation> found = List.empty();

        void add(Violation problem) {
            found = found.append(problem);
        }

        List<Violation> all() {
            return found;
        }
    }
}
