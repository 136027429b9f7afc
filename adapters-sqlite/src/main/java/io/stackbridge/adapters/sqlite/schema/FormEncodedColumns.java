package io.stackbridge.adapters.sqlite.schema;

import io.stackbridge.adapters.sqlite.text.JsonText;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.sqlite.Function;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * How schema versions before 7 kept maps and lists in one column, form-encoded
 * ({@code application/x-www-form-urlencoded}, a list as repeated {@code v=} pairs), read once more by
 * step 7, which turns them into JSON: while the steps run, the SQL functions {@code form_map_json(text)}
 * and {@code form_list_json(text)} answer a form-encoded column as {@link JsonText} writes it.
 */
final class FormEncodedColumns {

    private static final String MAP = "form_map_json";
    private static final String LIST = "form_list_json";

    private FormEncodedColumns() {
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, MAP, function(text -> JsonText.ofMap(LinkedHashMap.ofEntries(pairs(text).map(Tuple::fromEntry)))));
        Function.create(connection, LIST, function(text -> JsonText.ofList(pairs(text).map(java.util.Map.Entry::getValue))));
    }

    static void unregister(Connection connection) throws SQLException {
        Function.destroy(connection, MAP);
        Function.destroy(connection, LIST);
    }

    /** A function of one text; rows repeat their maps and lists, so each distinct text is converted once. */
    private static Function function(java.util.function.Function<String, String> json) {
        java.util.Map<String, String> converted = new java.util.HashMap<>();
        return new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(converted.size() < 10_000 ? converted.computeIfAbsent(text, json) : json.apply(text));
            }
        };
    }

    private static List<java.util.Map.Entry<String, String>> pairs(String text) {
        if (text == null || text.isEmpty()) {
            return List.empty();
        }
        return List.of(text.split("&", -1)).map(pair -> {
            int equals = pair.indexOf('=');
            return java.util.Map.entry(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        });
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
