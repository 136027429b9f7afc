package io.stackbridge.adapters.stamp.usage;

import dagger.Binds;
import dagger.Provides;
import io.stackbridge.application.port.out.LocalSubscriptionDirectoryPort;
import io.stackbridge.domain.localusage.LocalDirectory;

/** The stamp's subscriptions: {@link DefaultLocalDirectory} in memory (whatever store keeps the usage). */
@dagger.Module
public abstract class LocalDirectoryModule {

    private LocalDirectoryModule() {
    }

    @Binds
    abstract LocalSubscriptionDirectoryPort directory(InMemoryLocalSubscriptionDirectory directory);

    @Provides
    static LocalDirectory defaultDirectory() {
        return DefaultLocalDirectory.directory();
    }
}
