package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The stamp's applied activation in memory (none until a key is applied). */
@Singleton
public final class InMemoryActivationStore implements ActivationStorePort {

    private final AtomicReference<Activation> activation = new AtomicReference<>();

    @Inject
    public InMemoryActivationStore() {
    }

    @Override
    public Option<Activation> current() {
        return Option.of(activation.get());
    }

    @Override
    public void save(Activation applied) {
        activation.set(Objects.requireNonNull(applied, "applied"));
    }

    @Override
    public void clear() {
        activation.set(null);
    }
}
