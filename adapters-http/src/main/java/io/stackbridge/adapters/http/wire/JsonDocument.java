package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Parses a request body into a JSON tree, naming a malformed document's line and column. */
public final class JsonDocument {

    public static final String BODY = JsonFields.BODY;
    /** A body is one JSON value: anything after it ({@code {} x}, a second object) makes it malformed. */
    private static final ObjectReader ONE_DOCUMENT = WireJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonDocument() {
    }

    /** The document's tree; a blank body is REQUIRED, broken JSON (or a number Jackson cannot hold) is MALFORMED_DOCUMENT. */
    public static Validation<Seq<Violation>, JsonNode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(BODY, "", Rule.REQUIRED);
        }
        try {
            JsonNode tree = ONE_DOCUMENT.readTree(text);
            return tree == null || tree.isMissingNode()
                    ? Violation.invalid(BODY, "", Rule.REQUIRED)
                    : Validation.valid(tree);
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String line = at == null ? "1" : String.valueOf(at.getLineNr());
            String column = at == null ? "1" : String.valueOf(at.getColumnNr());
            return Violation.invalid(BODY, Excerpt.of(text), Rule.MALFORMED_DOCUMENT, line, column);
        } catch (NumberFormatException tooLong) {
            // a number Jackson cannot hold (an exponent of ten digits), found by the parser fuzz test
            return Violation.invalid(BODY, Excerpt.of(text), Rule.MALFORMED_DOCUMENT, "1", "1");
        }
    }

    /** Like {@link #parse}, but an absent body is an empty object (for bodies whose every member is optional). */
    public static Validation<Seq<Violation>, JsonNode> parseOptional(String text) {
        return text == null || text.isBlank() ? Validation.valid(WireJson.mapper().createObjectNode()) : parse(text);
    }
}
