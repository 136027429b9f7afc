package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.adapters.stamp.state.InMemoryUsageOutbox;
import io.stackbridge.adapters.stamp.usage.InMemoryLocalUsageModule;
import io.stackbridge.adapters.stamp.usage.WorkloadSeed;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.stamp.Stamp;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import jakarta.inject.Singleton;

/**
 * The stamp {@code serve} hosts beside Azure, in memory: the stamp, its local usage service and its
 * bridge in one component, so the usage store, the simulator and the bridge share ONE outbox (bounded:
 * see {@link InMemoryUsageOutbox#keepingHoursWithin}); its Azure is the served fake, reached in process.
 */
@Singleton
@Component(modules = {StackUseCasesModule.class, ServedStampStateModule.class, InMemoryLocalUsageModule.class,
        TokenCodecModule.class}, dependencies = AzureForStamp.class)
interface ServedStampComponent extends StackUseCases {

    /** The stamp's outbox, to tell how many records it dropped. */
    InMemoryUsageOutbox outbox();

    /** The stamp's state, for the portal's one-attempt bridge run (a lab's push). */
    StampStorePort stampStore();

    ActivationStorePort activationStore();

    UsageOutboxPort usageOutbox();

    BridgeHealthPort bridgeHealth();

    SleeperPort sleeper();

    static ServedStampComponent create(Stamp stamp, BridgeSettings settings, long seed, AzureForStamp azure) {
        return DaggerServedStampComponent.factory().create(stamp, settings, seed, azure);
    }

    /** Makes the served stamp. */
    @Component.Factory
    interface Factory {
        ServedStampComponent create(@BindsInstance Stamp stamp, @BindsInstance BridgeSettings settings,
                                    @BindsInstance @WorkloadSeed long seed, AzureForStamp azure);
    }
}
