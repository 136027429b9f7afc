package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import dagger.Provides;
import io.stackbridge.adapters.stamp.state.InMemoryActivationStore;
import io.stackbridge.adapters.stamp.state.InMemoryBridgeHealth;
import io.stackbridge.adapters.stamp.state.InMemoryStampStore;
import io.stackbridge.adapters.stamp.state.InMemoryUsageOutbox;
import io.stackbridge.adapters.stamp.state.StampTimeModule;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The state of the stamp {@code serve} hosts, in memory, as any in-memory stamp's, except its outbox:
 * bounded to the hours the stamp simulates at start, since no bridge drains it inside {@code serve}.
 */
@dagger.Module(includes = StampTimeModule.class)
abstract class ServedStampStateModule {

    /** How far back, from the newest usage hour, the served stamp's outbox keeps records. */
    static final Duration OUTBOX_WINDOW = Duration.ofHours(SimulatedStamp.HOURS);

    private ServedStampStateModule() {
    }

    @Binds abstract StampStorePort stamps(InMemoryStampStore store);

    @Binds abstract ActivationStorePort activations(InMemoryActivationStore store);

    @Binds abstract BridgeHealthPort health(InMemoryBridgeHealth health);

    @Binds abstract UsageOutboxPort outbox(InMemoryUsageOutbox outbox);

    @Provides @Singleton
    static InMemoryUsageOutbox servedOutbox() {
        return InMemoryUsageOutbox.keepingHoursWithin(OUTBOX_WINDOW);
    }
}
