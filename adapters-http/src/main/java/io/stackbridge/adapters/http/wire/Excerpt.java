package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Shortens a value quoted back to the caller, so a huge input never makes a huge answer. */
public final class Excerpt {

    public static final int MAX = 80;

    private Excerpt() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }

    /** A JSON value as its text (strings without quotes), shortened. */
    public static String of(JsonNode node) {
        return node == null ? "" : of(node.isTextual() ? node.textValue() : node.toString());
    }
}
