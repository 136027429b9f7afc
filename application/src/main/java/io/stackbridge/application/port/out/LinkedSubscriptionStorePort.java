package io.stackbridge.application.port.out;

import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Where the provider keeps linked subscription resources. */
public interface LinkedSubscriptionStorePort {

    Option<LinkedSubscription> find(LinkedSubscriptionKey key);

    /** Every linked subscription of a subscription, across its resource groups, ordered by name. */
    List<LinkedSubscription> inSubscription(SubscriptionId subscriptionId);

    /** Every linked subscription of one resource group, ordered by name. */
    List<LinkedSubscription> inResourceGroup(SubscriptionId subscriptionId, ResourceGroupName resourceGroup);

    /** Stores a new or changed linked subscription, replacing any under the same key. */
    void save(LinkedSubscription linkedSubscription);

    void delete(LinkedSubscriptionKey key);
}
