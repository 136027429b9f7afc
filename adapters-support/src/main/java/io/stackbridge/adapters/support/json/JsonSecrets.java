package io.stackbridge.adapters.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.function.Function;

/**
 * Reading the members of a JSON object that hold a secret (a client secret, a PEM that may carry a private
 * key) so that no problem found quotes it back: a wrong value is {@link Rule#SECRET_WRONG_TYPE}, whose
 * violation carries no value, where {@link JsonFields} would quote the value as {@link Rule#WRONG_TYPE}.
 */
public final class JsonSecrets {

    private JsonSecrets() {
    }

    /** A reader of a request's document that holds a secret: when it is not an object, it is not quoted back either. */
    public static JsonFields root(JsonNode document) {
        JsonProblems sink = new JsonProblems();
        if (document == null || !document.isObject()) {
            sink.add(hidden(JsonFields.BODY, ValueType.OBJECT));
        }
        return new JsonFields(document, "", sink);
    }

    /** The violation of a value of the wrong type that may hold a secret: {@code field} and the type expected, no value. */
    public static Violation hidden(String field, ValueType expected) {
        return Violation.of(field, "", Rule.SECRET_WRONG_TYPE, expected);
    }

    /** The member's text; one that is not text is reported without its value. */
    public static Option<String> text(JsonFields fields, String name) {
        return fields.member(name).flatMap(value -> {
            if (value.isTextual()) {
                return Option.some(value.textValue());
            }
            fields.problems.add(hidden(fields.field(name), ValueType.TEXT));
            return Option.none();
        });
    }

    /**
     * Each element of an optional array of objects that hold secrets (a world file's principals), read by {@code element};
     * an absent array is empty. The array, or an element, of the wrong type is reported without being quoted.
     */
    public static <T> Option<List<T>> objects(JsonFields fields, String name, Function<JsonFields, Option<T>> element) {
        Option<JsonNode> array = fields.member(name);
        if (array.isEmpty()) {
            return Option.some(List.empty());
        }
        if (!array.get().isArray()) {
            fields.problems.add(hidden(fields.field(name), ValueType.ARRAY_OF_OBJECTS));
            return Option.none();
        }
        java.util.List<T> read = new java.util.ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < array.get().size(); i++) {
            String itemName = fields.field(name) + "[" + i + "]";
            JsonNode item = array.get().get(i);
            Option<T> readItem = Option.none();
            if (item.isObject()) {
                readItem = element.apply(new JsonFields(item, itemName + ".", fields.problems));
            } else {
                fields.problems.add(hidden(itemName, ValueType.OBJECT));
            }
            complete &= readItem.isDefined();
            readItem.forEach(read::add);
        }
        return complete ? Option.some(List.ofAll(read)) : Option.none();
    }

    /** Text that must be there (it may be blank): REQUIRED when absent. */
    public static Option<String> required(JsonFields fields, String name) {
        return fields.required(name, text(fields, name));
    }

    /** Text that must be there and not blank: REQUIRED otherwise (a blank secret shows nothing either). */
    public static Option<String> filled(JsonFields fields, String name) {
        Option<String> secret = text(fields, name);
        secret.filter(String::isBlank).forEach(blank -> fields.problems.add(Violation.of(fields.field(name), "", Rule.REQUIRED)));
        return fields.required(name, secret.filter(value -> !value.isBlank()));
    }
}
