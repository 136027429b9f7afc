package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.domain.bridge.BridgeHealth;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

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
    public synchronized BridgeHealth update(UnaryOperator<BridgeHealth> change) {
        BridgeHealth changed = Objects.requireNonNull(change.apply(health.get()), "changed");
        health.set(changed);
        return changed;
    }
}
