package io.stackbridge.domain.linked;

import io.stackbridge.domain.id.LinkedSubscriptionName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;

import java.util.Objects;

/** Where a linked subscription resource lives in Azure: subscription, resource group and name. */
public record LinkedSubscriptionKey(SubscriptionId subscriptionId, ResourceGroupName resourceGroup, LinkedSubscriptionName name) {

    public LinkedSubscriptionKey {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(name, "name");
    }

    public static LinkedSubscriptionKey of(String subscriptionId, String resourceGroup, String name) {
        return new LinkedSubscriptionKey(SubscriptionId.of(subscriptionId), ResourceGroupName.of(resourceGroup),
                LinkedSubscriptionName.of(name));
    }

    @Override
    public String toString() {
        return subscriptionId + "/" + resourceGroup + "/" + name;
    }
}
