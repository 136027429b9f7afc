package io.stackbridge.adapters.stamp.state;

import dagger.Binds;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.UsageOutboxPort;

/**
 * The stamp's and the bridge's state in memory (stamp, activation, outbox, bridge health) and the
 * stamp's time ({@link StampTimeModule}). Needs the initial {@code Stamp} bound by the component.
 */
@dagger.Module(includes = StampTimeModule.class)
public abstract class InMemoryStampStateModule {

    @Binds abstract StampStorePort stamps(InMemoryStampStore store);

    @Binds abstract ActivationStorePort activations(InMemoryActivationStore store);

    @Binds abstract UsageOutboxPort outbox(InMemoryUsageOutbox outbox);

    @Binds abstract BridgeHealthPort health(InMemoryBridgeHealth health);
}
