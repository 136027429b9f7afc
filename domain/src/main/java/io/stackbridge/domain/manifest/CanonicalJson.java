package io.stackbridge.domain.manifest;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON form signed content is written in, so that a verifier rebuilds the same bytes from
 * the JSON it received: objects with their members sorted by name, no white space, texts escaped
 * as RFC 8785 (JCS) does. Values are texts, or objects of texts and objects.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** {@code members} (texts or nested maps) as one canonical JSON object. */
    public static String object(Map<String, ?> members) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(members).forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(text(name)).append(':').append(value(value));
        });
        return json.append('}').toString();
    }

    /** Texts as a canonical JSON array. */
    public static String array(Iterable<String> items) {
        StringBuilder json = new StringBuilder("[");
        for (String item : items) {
            json.append(json.length() > 1 ? "," : "").append(text(item));
        }
        return json.append(']').toString();
    }

    private static String value(Object value) {
        if (value instanceof Map<?, ?> nested) {
            TreeMap<String, Object> named = new TreeMap<>();
            nested.forEach((name, member) -> named.put(String.valueOf(name), member));
            return object(named);
        }
        return text(String.valueOf(value));
    }

    /** A JSON string: quote, backslash and control characters escaped, everything else as is. */
    static String text(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\b' -> quoted.append("\\b");
                case '\f' -> quoted.append("\\f");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
