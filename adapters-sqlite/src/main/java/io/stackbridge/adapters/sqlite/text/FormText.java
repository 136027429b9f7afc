package io.stackbridge.adapters.sqlite.text;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Small maps and lists of strings (tags, hardware identifiers) as one text column, form-encoded
 * ({@code application/x-www-form-urlencoded}, UTF-8): order kept, any character allowed, nothing lost.
 * A list is written as repeated {@code v=} pairs, so that an empty list and a list of one empty string differ.
 */
public final class FormText {

    private static final String ITEM = "v";

    private FormText() {
    }

    public static String ofMap(Map<String, String> map) {
        return map.map(entry -> encode(entry._1) + "=" + encode(entry._2)).mkString("&");
    }

    public static Map<String, String> toMap(String text) {
        return LinkedHashMap.ofEntries(pairs(text).map(pair -> io.vavr.Tuple.of(pair[0], pair[1])));
    }

    public static String ofList(List<String> values) {
        return values.map(value -> ITEM + "=" + encode(value)).mkString("&");
    }

    public static List<String> toList(String text) {
        return pairs(text).map(pair -> pair[1]);
    }

    private static List<String[]> pairs(String text) {
        if (text == null || text.isEmpty()) {
            return List.empty();
        }
        return List.of(text.split("&", -1)).map(pair -> {
            int equals = pair.indexOf('=');
            return new String[] {decode(pair.substring(0, equals)), decode(pair.substring(equals + 1))};
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
