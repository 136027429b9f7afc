package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.out.LocalSubscriptionDirectoryPort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.LocalSubscription;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The local subscription directory port over a fixed {@link LocalDirectory}. */
public record DirectoryDouble(LocalDirectory directory) implements LocalSubscriptionDirectoryPort {

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
