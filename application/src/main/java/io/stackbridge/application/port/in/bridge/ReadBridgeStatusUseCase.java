package io.stackbridge.application.port.in.bridge;

import io.stackbridge.domain.bridge.BridgeStatus;

/** The bridge's status: last success, pending usage, last error and the 30-day reporting warning. */
public interface ReadBridgeStatusUseCase {

    BridgeStatus status();
}
