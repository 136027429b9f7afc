package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.application.port.out.LocalSubscriptionDirectoryPort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.LocalSubscription;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.Objects;

/** The stamp's subscriptions in memory: an immutable {@link LocalDirectory}, safe to read from any thread. */
public final class InMemoryLocalSubscriptionDirectory implements LocalSubscriptionDirectoryPort {

    private final LocalDirectory directory;

    @Inject
    public InMemoryLocalSubscriptionDirectory(LocalDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Option<LocalSubscription> find(SubscriptionId id) {
        return directory.find(id);
    }

    @Override
    public List<LocalSubscription> directTenantsOf(SubscriptionId provider) {
        return directory.directTenantsOf(provider);
    }

    @Override
    public List<LocalSubscription> tenants() {
        return directory.tenants();
    }
}
