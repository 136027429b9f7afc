package io.stackbridge.application.port.out;

import io.stackbridge.domain.bridge.BridgeHealth;

import java.util.function.UnaryOperator;

/** Where the bridge keeps its last success and last failure, so its status survives restarts. */
public interface BridgeHealthPort {

    /** The health last saved ({@link BridgeHealth#NEW} before any run). */
    BridgeHealth read();

    /**
     * Applies {@code change} to the health as it is and keeps the result, as one step that no other
     * writer (another thread, another process on the same data directory) can slip into; the result.
     */
    BridgeHealth update(UnaryOperator<BridgeHealth> change);
}
