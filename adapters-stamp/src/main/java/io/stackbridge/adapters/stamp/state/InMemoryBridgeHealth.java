package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.domain.bridge.BridgeHealth;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The bridge's last success and last failure in memory. */
@Singleton
public final class InMemoryBridgeHealth implements BridgeHealthPort {

    private final AtomicReference<BridgeHealth> health = new AtomicReference<>(BridgeHealth.NEW);

    @Inject
    public InMemoryBridgeHealth() {
    }

    @Override
    public BridgeHealth read() {
        return health.get();
    }

    @Override
    public void save(BridgeHealth changed) {
        health.set(Objects.requireNonNull(changed, "changed"));
    }
}
