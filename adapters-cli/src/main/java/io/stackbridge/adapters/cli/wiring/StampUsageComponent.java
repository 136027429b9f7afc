package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.stamp.state.InMemoryStampStateModule;
import io.stackbridge.adapters.stamp.usage.LocalUsageUseCasesModule;
import io.stackbridge.adapters.stamp.usage.StampUsageModule;
import io.stackbridge.adapters.stamp.usage.WorkloadSeed;
import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.application.port.out.StampClockPort;
import jakarta.inject.Singleton;

/**
 * A simulated stamp's local usage service in memory: the default local subscriptions, the usage
 * store, the workload simulator seeded as given, the bridge's outbox and the stamp's own clock.
 */
@Singleton
@Component(modules = {StampUsageModule.class, LocalUsageUseCasesModule.class, InMemoryStampStateModule.class})
public interface StampUsageComponent {

    QueryProviderUsageUseCase queryProviderUsage();

    QueryTenantUsageUseCase queryTenantUsage();

    SimulateWorkloadUseCase simulateWorkload();

    StampClockPort stampClock();

    static StampUsageComponent create(long seed) {
        return DaggerStampUsageComponent.factory().create(seed);
    }

    /** Makes a stamp whose simulated workload is seeded by {@code seed}. */
    @Component.Factory
    interface Factory {
        StampUsageComponent create(@BindsInstance @WorkloadSeed long seed);
    }
}
