package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Azure Bridge tile: {@code Healthy}, {@code Failing} or {@code Idle}, the last upload, what waits,
 * whether a run is in progress, the last error (code, texts) and the 30-day warning.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BridgeView(String state, String lastSuccess, int pendingRecords, String oldestPendingHour, boolean running,
                         BridgeErrorView error, BridgeWarningView warning) {

    public static final String HEALTHY = "Healthy";
    public static final String FAILING = "Failing";
    public static final String IDLE = "Idle";
}
