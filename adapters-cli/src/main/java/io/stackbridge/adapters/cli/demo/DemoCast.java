package io.stackbridge.adapters.cli.demo;

import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.vavr.collection.List;

import java.util.Objects;

/**
 * Who plays in the demo, from the well-known world: the partner's registration subscriptions (CSP and
 * Enterprise Agreement) and resource group, the customers that onboard, the subscriptions that are
 * refused (another partner's customer, an EA customer, one the directory does not know), and the
 * stamp's own local subscriptions with the Entra tenants of their owners.
 */
public record DemoCast(SubscriptionId registrationSubscription, SubscriptionId eaSubscription, ResourceGroupName resourceGroup,
                       List<Customer> customers, SubscriptionId otherPartnerCustomer, SubscriptionId eaCustomer,
                       SubscriptionId unknownSubscription, LocalDirectory localDirectory) {

    /** A CSP customer: its name, its Entra tenant and its subscription in Azure. */
    public record Customer(String name, TenantId tenantId, SubscriptionId subscriptionId) {
    }

    public DemoCast {
        Objects.requireNonNull(registrationSubscription, "registrationSubscription");
        Objects.requireNonNull(eaSubscription, "eaSubscription");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(otherPartnerCustomer, "otherPartnerCustomer");
        Objects.requireNonNull(eaCustomer, "eaCustomer");
        Objects.requireNonNull(unknownSubscription, "unknownSubscription");
        Objects.requireNonNull(localDirectory, "localDirectory");
    }
}
