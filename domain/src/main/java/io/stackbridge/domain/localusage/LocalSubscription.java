package io.stackbridge.domain.localusage;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A subscription on the stamp (not in Azure): the Entra tenant of its owner and the provider
 * subscription whose offer it was created from; the default provider subscription has none.
 */
public record LocalSubscription(SubscriptionId id, TenantId owner, Option<SubscriptionId> provider) {

    public LocalSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(provider, "provider");
        if (provider.contains(id)) {
            throw new IllegalArgumentException("a subscription cannot be its own provider: " + id);
        }
    }

    /** The stamp's default provider subscription (the operator's), at the top of the hierarchy. */
    public static LocalSubscription defaultProvider(SubscriptionId id, TenantId owner) {
        return new LocalSubscription(id, owner, Option.none());
    }

    /** A subscription created from an offer of {@code provider}: a direct tenant of it. */
    public static LocalSubscription tenantOf(SubscriptionId provider, SubscriptionId id, TenantId owner) {
        return new LocalSubscription(id, owner, Option.some(provider));
    }

    /** True when this subscription's provider is {@code providerSubscription}. */
    public boolean isDirectTenantOf(SubscriptionId providerSubscription) {
        return provider.contains(providerSubscription);
    }
}
