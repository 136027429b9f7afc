package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.stamp.Stamp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The stamp's identity and billing choice in memory, starting with the stamp it was set up for. */
@Singleton
public final class InMemoryStampStore implements StampStorePort {

    private final AtomicReference<Stamp> stamp;

    @Inject
    public InMemoryStampStore(Stamp initial) {
        this.stamp = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public Stamp stamp() {
        return stamp.get();
    }

    @Override
    public void save(Stamp changed) {
        stamp.set(Objects.requireNonNull(changed, "changed"));
    }
}
