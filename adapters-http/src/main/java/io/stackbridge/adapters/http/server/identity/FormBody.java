package io.stackbridge.adapters.http.server.identity;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The fields of an {@code application/x-www-form-urlencoded} body (the first value of each name wins). */
final class FormBody {

    private FormBody() {
    }

    static Map<String, String> parse(String body) {
        Map<String, String> fields = HashMap.empty();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!fields.containsKey(name)) {
                fields = fields.put(name, value);
            }
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
