package io.stackbridge.adapters.sqlite.schema;

import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Maps and lists written as StackBridge wrote them before schema version 7 (form-encoded), to build older databases in tests. */
public final class FormEncoded {

    private FormEncoded() {
    }

    public static String map(Map<String, String> map) {
        return map.map(entry -> encode(entry._1) + "=" + encode(entry._2)).mkString("&");
    }

    public static String list(List<String> values) {
        return values.map(value -> "v=" + encode(value)).mkString("&");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
