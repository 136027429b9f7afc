package io.stackbridge.application.port.out;

import io.stackbridge.domain.bridge.BridgeHealth;

/** Where the bridge keeps its last success and last failure, so its status survives restarts. */
public interface BridgeHealthPort {

    /** The health last saved ({@link BridgeHealth#NEW} before any run). */
    BridgeHealth read();

    void save(BridgeHealth health);
}
