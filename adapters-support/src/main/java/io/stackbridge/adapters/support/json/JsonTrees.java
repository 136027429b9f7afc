package io.stackbridge.adapters.support.json;

import io.stackbridge.domain.text.Excerpt;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.control.Either;

import java.io.IOException;

/**
 * JSON documents of our own formats (world file, registration token, JWT claims) as Jackson trees: strict parsing (no trailing content, no duplicate keys,
 * decimals kept exactly as written), with a malformed document reported as a violation that
 * names its line and column.
 */
public final class JsonTrees {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonTrees() {
    }

    /**
     * The tree of a JSON document, or a MALFORMED_DOCUMENT violation naming {@code field} and
     * {@code shown}. Bytes are never read from a device, so every IOException is a malformed document;
     * so is a number Jackson cannot hold (an exponent of ten digits throws NumberFormatException).
     */
    public static Either<Violation, JsonNode> parse(byte[] json, String field, String shown) {
        return parsed(() -> MAPPER.readTree(json), field, shown);
    }

    /** The same for a document already read as text, parsed as it is (no round trip through UTF-8 bytes). */
    public static Either<Violation, JsonNode> parse(String json, String field, String shown) {
        return parsed(() -> MAPPER.readTree(json), field, shown);
    }

    private interface Reading {
        JsonNode read() throws IOException;
    }

    private static Either<Violation, JsonNode> parsed(Reading reading, String field, String shown) {
        try {
            JsonNode tree = reading.read();
            return tree == null || tree.isMissingNode()
                    ? Either.left(Violation.of(field, shown, Rule.MALFORMED_DOCUMENT, "1", "1"))
                    : Either.right(tree);
        } catch (IOException | NumberFormatException malformed) {
            JsonLocation at = malformed instanceof JsonProcessingException problem ? problem.getLocation() : null;
            String line = at == null ? "1" : String.valueOf(Math.max(1, at.getLineNr()));
            String column = at == null ? "1" : String.valueOf(Math.max(1, at.getColumnNr()));
            return Either.left(Violation.of(field, shown, Rule.MALFORMED_DOCUMENT, line, column));
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A node written compactly, as sent on the wire. */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree always serializes", impossible);
        }
    }

    /**
     * A node written compactly as UTF-8, as tokens and signed payloads carry it. Jackson writes a lone
     * surrogate as its {@code \\uD800} escape, where {@code compact(node).getBytes(UTF_8)} would turn it
     * into {@code ?}: what was read from such an escape reads back the same.
     */
    public static byte[] compactUtf8(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree always serializes", impossible);
        }
    }

    /** A node written for people to read and edit (the world file). */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree always serializes", impossible);
        }
    }

    /** The widest exponent a decimal is written out in full for; past it, plain text would run to millions of digits. */
    static final int PLAIN_SCALE_AT_MOST = 1_000;

    /**
     * A scalar as the text it stands for: strings as they are, numbers and booleans as written; a decimal
     * whose exponent is beyond {@link #PLAIN_SCALE_AT_MOST} in scientific form ({@code 1E+404040400}).
     */
    public static String scalarText(JsonNode node) {
        if (!node.isBigDecimal()) {
            return node.asText();
        }
        java.math.BigDecimal value = node.decimalValue();
        return Math.abs((long) value.scale()) <= PLAIN_SCALE_AT_MOST ? value.toPlainString() : value.toString();
    }

    /** A node quoted back in a violation: strings without quotes, anything else as written; shortened. */
    public static String excerpt(JsonNode node) {
        return node == null ? "" : Excerpt.of(node.isValueNode() ? scalarText(node) : compact(node));
    }
}
