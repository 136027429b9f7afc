package io.stackbridge.application.port.out;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.LocalSubscription;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The stamp's subscriptions and who provides each, as the local usage service needs them. */
public interface LocalSubscriptionDirectoryPort {

    Option<LocalSubscription> find(SubscriptionId id);

    /** The subscriptions whose provider is {@code provider}. */
    List<LocalSubscription> directTenantsOf(SubscriptionId provider);

    /** Every subscription created from a provider's offer: the ones that run workloads. */
    List<LocalSubscription> tenants();
}
