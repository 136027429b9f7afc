package io.stackbridge.adapters.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.function.Predicate;

/** The violations found by one reading of a document, in the order they were found (shared by its readers). */
final class JsonProblems {

    private List<Violation> found = List.empty();

    void add(Violation problem) {
        found = found.append(problem);
    }

    /** {@code value} when {@code ok} holds for it; else none, and WRONG_TYPE naming {@code expected} for {@code field}. */
    Option<JsonNode> typed(String field, JsonNode value, Predicate<JsonNode> ok, ValueType expected) {
        if (ok.test(value)) {
            return Option.some(value);
        }
        add(Violation.of(field, JsonTrees.excerpt(value), Rule.WRONG_TYPE, expected));
        return Option.none();
    }

    List<Violation> all() {
        return found;
    }
}
