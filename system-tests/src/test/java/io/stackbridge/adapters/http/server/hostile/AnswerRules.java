package io.stackbridge.adapters.http.server.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.wire.WireJson;

import java.util.List;
import java.util.Optional;

/**
 * What every answer to a hostile request must be: a 4xx, JSON, in the ARM error envelope (or, from
 * the token endpoint's own route, the OAuth error Entra ID writes), with no stack trace or Java name.
 * A HEAD answer has no body, so only its status and content type are looked at.
 */
final class AnswerRules {

    /** Words only a leaked stack trace or exception would put in a body. */
    private static final List<String> LEAKS = List.of("\tat ", ".java:", "Exception", "java.", "javax.", "jakarta.", "org.eclipse",
            "io.javalin", "io.stackbridge", "com.fasterxml", "Caused by");

    private AnswerRules() {
    }

    /** The broken rule, if any. */
    static Optional<String> broken(RawRequest request, RawAnswer answer) {
        if (answer.status() < 400 || answer.status() > 499) {
            return Optional.of("status " + answer.status() + " is not a 4xx");
        }
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
            return request.head() && type == null ? Optional.empty() : Optional.of("content type " + type + " is not JSON");
        }
        if (request.head()) {
            return answer.body().length == 0 ? Optional.empty() : Optional.of("a HEAD answer with a body");
        }
        String text = answer.text();
        if (text.isEmpty()) {
            return Optional.of("an empty body");
        }
        for (String leak : LEAKS) {
            if (text.contains(leak)) {
                return Optional.of("the body holds '" + leak + "'");
            }
        }
        JsonNode json;
        try {
            json = WireJson.mapper().readTree(text);
        } catch (Exception notJson) {
            return Optional.of("the body is not JSON");
        }
        if (armEnvelope(json) || request.surface().equals("token") && oauthError(json)) {
            return Optional.empty();
        }
        return Optional.of("the body is not the ARM error envelope");
    }

    private static boolean armEnvelope(JsonNode json) {
        JsonNode error = json.path("error");
        return error.isObject() && error.path("code").isTextual() && !error.path("code").asText().isBlank()
                && error.path("message").isTextual() && !error.path("message").asText().isBlank();
    }

    private static boolean oauthError(JsonNode json) {
        return json.path("error").isTextual() && json.path("error_description").isTextual();
    }

    /** The ARM (or OAuth) error code, for the tally. */
    static String code(RawAnswer answer) {
        try {
            JsonNode error = WireJson.mapper().readTree(answer.text()).path("error");
            return error.isTextual() ? error.asText() : error.path("code").asText("?");
        } catch (Exception notJson) {
            return "-";
        }
    }
}
