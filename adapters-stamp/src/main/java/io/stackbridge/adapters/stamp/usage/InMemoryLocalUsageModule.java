package io.stackbridge.adapters.stamp.usage;

import dagger.Binds;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.application.port.out.TransactionPort;

/**
 * The simulated stamp's local usage state in memory: the usage store, the units of work that hand
 * simulated records to it and to the outbox, and, through {@link LocalDirectoryModule}, the default
 * subscriptions. A durable stamp binds its store and its units of work elsewhere and includes
 * {@link LocalDirectoryModule} alone.
 */
@dagger.Module(includes = LocalDirectoryModule.class)
public abstract class InMemoryLocalUsageModule {

    private InMemoryLocalUsageModule() {
    }

    @Binds
    abstract LocalUsageStorePort store(InMemoryLocalUsageStore store);

    @Binds
    abstract TransactionPort transactions(InMemoryTransactions transactions);
}
