package io.stackbridge.domain.localusage;

import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * The stamp's subscriptions and their provider hierarchy: the default provider sees its direct
 * tenants (delegated providers among them), and a delegated provider sees its own.
 */
public record LocalDirectory(List<LocalSubscription> subscriptions) {

    public LocalDirectory {
        Objects.requireNonNull(subscriptions, "subscriptions");
        if (subscriptions.map(LocalSubscription::id).distinct().size() != subscriptions.size()) {
            throw new IllegalArgumentException("a subscription is listed twice");
        }
    }

    public static LocalDirectory of(LocalSubscription... subscriptions) {
        return new LocalDirectory(List.of(subscriptions));
    }

    public Option<LocalSubscription> find(SubscriptionId id) {
        return subscriptions.find(subscription -> subscription.id().equals(id));
    }

    /** The subscriptions whose provider is {@code provider}, in directory order. */
    public List<LocalSubscription> directTenantsOf(SubscriptionId provider) {
        return subscriptions.filter(subscription -> subscription.isDirectTenantOf(provider));
    }

    /** The subscriptions that can run workloads: every one created from a provider's offer. */
    public List<LocalSubscription> tenants() {
        return subscriptions.filter(subscription -> subscription.provider().isDefined());
    }
}
