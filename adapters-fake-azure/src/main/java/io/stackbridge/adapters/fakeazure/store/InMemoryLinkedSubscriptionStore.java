package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The provider's linked subscriptions, in memory, keyed by subscription, resource group and name (any case). */
@Singleton
public final class InMemoryLinkedSubscriptionStore implements LinkedSubscriptionStorePort, Resettable {

    private final ConcurrentMap<LinkedSubscriptionKey, LinkedSubscription> links = new ConcurrentHashMap<>();

    @Inject
    public InMemoryLinkedSubscriptionStore() {
    }

    @Override
    public Option<LinkedSubscription> find(LinkedSubscriptionKey key) {
        return Option.of(links.get(key));
    }

    @Override
    public List<LinkedSubscription> inSubscription(SubscriptionId subscriptionId) {
        return List.ofAll(links.values())
                .filter(link -> link.key().subscriptionId().equals(subscriptionId))
                .sortBy(link -> link.key().name().key() + "\u0000" + link.key().resourceGroup().key());
    }

    @Override
    public List<LinkedSubscription> inResourceGroup(SubscriptionId subscriptionId, ResourceGroupName resourceGroup) {
        return inSubscription(subscriptionId).filter(link -> link.key().resourceGroup().equals(resourceGroup));
    }

    @Override
    public void save(LinkedSubscription linkedSubscription) {
        links.put(linkedSubscription.key(), linkedSubscription);
    }

    @Override
    public void delete(LinkedSubscriptionKey key) {
        links.remove(key);
    }

    @Override
    public void reset() {
        links.clear();
    }
}
