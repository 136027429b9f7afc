package io.stackbridge.adapters.http.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.wire.WireJson;

import java.net.http.HttpHeaders;

/** An answer as tests read it: status, headers and body text (JSON on demand). */
public record Response(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return WireJson.mapper().readTree(body);
        } catch (Exception notJson) {
            throw new AssertionError("not JSON (" + status + "): " + body, notJson);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The ARM envelope's error code. */
    public String code() {
        return json().path("error").path("code").asText(null);
    }

    public String message() {
        return json().path("error").path("message").asText(null);
    }
}
