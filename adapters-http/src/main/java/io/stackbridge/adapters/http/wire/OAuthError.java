package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The token endpoint's refusal: {@code {error, error_description, error_codes:[int], timestamp, trace_id, correlation_id}}. */
public record OAuthError(@JsonProperty("error") String error,
                         @JsonProperty("error_description") String errorDescription,
                         @JsonProperty("error_codes") List<Integer> errorCodes,
                         @JsonProperty("timestamp") String timestamp,
                         @JsonProperty("trace_id") String traceId,
                         @JsonProperty("correlation_id") String correlationId) {

    public OAuthError {
        errorCodes = errorCodes == null ? List.of() : List.copyOf(errorCodes);
    }

    /** The first AADSTS number, 0 when none was sent. */
    public int firstErrorCode() {
        return errorCodes.isEmpty() ? 0 : errorCodes.get(0);
    }
}
