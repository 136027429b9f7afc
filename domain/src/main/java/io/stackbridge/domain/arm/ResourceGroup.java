package io.stackbridge.domain.arm;

import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

import java.util.Objects;

/** An ARM resource group: a named container of resources in a subscription, at a location. */
public record ResourceGroup(SubscriptionId subscriptionId, ResourceGroupName name, String location, Map<String, String> tags) {

    public static final String DEFAULT_LOCATION = "westcentralus";

    public ResourceGroup {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(name, "name");
        location = location == null || location.isBlank() ? DEFAULT_LOCATION : location;
        tags = tags == null ? LinkedHashMap.empty() : tags;
    }
}
