package io.stackbridge.adapters.stamp.usage;

import dagger.Provides;
import io.stackbridge.adapters.support.memory.InMemoryTransactions;
import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.application.port.out.LocalSubscriptionDirectoryPort;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.application.service.localusage.QueryProviderUsageService;
import io.stackbridge.application.service.localusage.QueryTenantUsageService;
import io.stackbridge.application.service.localusage.SimulateWorkloadService;
import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import jakarta.inject.Singleton;

/**
 * The local usage service's use cases over whatever store, directory, outbox, stamp clock and units of
 * work ({@link TransactionPort}: one SQLite transaction for a durable stamp, {@link InMemoryTransactions}
 * in memory) the component binds; the simulator runs every tenant of the directory, seeded by {@link WorkloadSeed}.
 */
@dagger.Module
public final class LocalUsageUseCasesModule {

    private LocalUsageUseCasesModule() {
    }

    @Provides @Singleton
    static WorkloadSimulator simulator(@WorkloadSeed long seed, LocalSubscriptionDirectoryPort directory) {
        return new WorkloadSimulator(WorkloadSettings.of(seed, directory.tenants()));
    }

    @Provides @Singleton
    static QueryProviderUsageUseCase queryProviderUsage(LocalSubscriptionDirectoryPort directory, LocalUsageStorePort store,
                                                        StampClockPort clock) {
        return new QueryProviderUsageService(directory, store, clock);
    }

    @Provides @Singleton
    static QueryTenantUsageUseCase queryTenantUsage(LocalUsageStorePort store, StampClockPort clock) {
        return new QueryTenantUsageService(store, clock);
    }

    @Provides @Singleton
    static SimulateWorkloadUseCase simulateWorkload(WorkloadSimulator simulator, LocalUsageStorePort store, UsageOutboxPort outbox,
                                                    StampClockPort clock, TransactionPort transactions) {
        return new SimulateWorkloadService(simulator, store, outbox, clock, transactions);
    }
}
