package io.stackbridge.adapters.stamp.usage;

import dagger.Binds;
import io.stackbridge.application.port.out.LocalUsageStorePort;

/**
 * The simulated stamp's local usage state in memory: the usage store and, through
 * {@link LocalDirectoryModule}, the default subscriptions. A durable stamp binds its store
 * elsewhere and includes {@link LocalDirectoryModule} alone.
 */
@dagger.Module(includes = LocalDirectoryModule.class)
public abstract class StampUsageModule {

    private StampUsageModule() {
    }

    @Binds
    abstract LocalUsageStorePort store(InMemoryLocalUsageStore store);
}
