package io.stackbridge.adapters.sqlite.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * Small maps and lists of strings (tags, additional info, hardware identifiers) as one text column
 * of JSON: a map is an object, a list an array of strings, in their order, any character allowed.
 * SQLite's own {@code json_*} functions read these columns too.
 */
public final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<java.util.LinkedHashMap<String, String>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<java.util.List<String>> ARRAY = new TypeReference<>() {
    };

    private JsonText() {
    }

    public static String ofMap(Map<String, String> map) {
        java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
        map.forEach(ordered::put);
        return write(ordered);
    }

    public static Map<String, String> toMap(String json) {
        return LinkedHashMap.ofAll(read(json, OBJECT));
    }

    public static String ofList(List<String> values) {
        return write(values.asJava());
    }

    public static List<String> toList(String json) {
        return List.ofAll(read(json, ARRAY));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("strings always have a JSON form", impossible);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a stored column is not the JSON StackBridge wrote: " + corrupt.getOriginalMessage(), corrupt);
        }
    }
}
