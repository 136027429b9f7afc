package io.stackbridge.application.port.out;

import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Option;

/** Where ARM keeps resource groups. */
public interface ResourceGroupStorePort {

    Option<ResourceGroup> find(SubscriptionId subscriptionId, ResourceGroupName name);

    void save(ResourceGroup resourceGroup);

    void delete(SubscriptionId subscriptionId, ResourceGroupName name);
}
