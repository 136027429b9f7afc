package io.stackbridge.adapters.http.server.marketplace;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether an answer has the shape of a specification example: every member of the example present
 * in the answer, spelled the same (case included), holding the same JSON type (text, whole number,
 * boolean, object, array), at every depth. Each element of an example array must match some
 * element of the answer's: the one with the same last ID segment when the example's has an
 * {@code id} the answer also has, else any; an empty array in the answer holds no element of another
 * type, so it matches (the values differ, not the shape). Members the answer adds are allowed.
 */
public final class SpecShape {

    private SpecShape() {
    }

    /** Every way {@code answer} departs from the shape of {@code example}, by JSON path; empty when it matches. */
    public static List<String> mismatches(JsonNode example, JsonNode answer) {
        List<String> found = new ArrayList<>();
        compare(example, answer, "$", found);
        return found;
    }

    private static void compare(JsonNode example, JsonNode answer, String path, List<String> found) {
        if (answer == null || answer.isMissingNode()) {
            found.add(path + " is missing");
        } else if (!kind(example).equals(kind(answer))) {
            found.add(path + " is " + kind(answer) + ", the example has " + kind(example));
        } else if (example.isObject()) {
            for (Map.Entry<String, JsonNode> member : example.properties()) {
                compare(member.getValue(), answer.get(member.getKey()), path + "." + member.getKey(), found);
            }
        } else if (example.isArray() && !answer.isEmpty()) {
            for (int i = 0; i < example.size(); i++) {
                List<String> best = bestMatch(example.get(i), answer, path + "[" + i + "]");
                found.addAll(best);
            }
        }
    }

    private static List<String> bestMatch(JsonNode element, JsonNode answers, String path) {
        List<String> best = null;
        for (JsonNode candidate : candidates(element, answers)) {
            List<String> tried = new ArrayList<>();
            compare(element, candidate, path, tried);
            if (best == null || tried.size() < best.size()) {
                best = tried;
            }
        }
        return best;
    }

    private static List<JsonNode> candidates(JsonNode element, JsonNode answers) {
        List<JsonNode> all = new ArrayList<>();
        answers.forEach(all::add);
        if (!element.path("id").isTextual()) {
            return all;
        }
        String name = lastSegment(element.path("id").asText());
        List<JsonNode> same = all.stream().filter(answer -> lastSegment(answer.path("id").asText()).equalsIgnoreCase(name)).toList();
        return same.isEmpty() ? all : same;
    }

    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static String kind(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "a whole number";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
