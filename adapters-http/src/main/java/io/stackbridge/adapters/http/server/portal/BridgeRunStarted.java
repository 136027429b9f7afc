package io.stackbridge.adapters.http.server.portal;

/** {@code POST /stamp/bridge/runs}: a run is in progress (just started, or already running). */
public record BridgeRunStarted(boolean running) {
}
