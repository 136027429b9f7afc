package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;

import java.util.Objects;

/**
 * The request a tenant lab hands the trainee, as a customer or a colleague would fill it in: the
 * customer's name and directory (tenant), the customer subscription as typed, and the registration to
 * onboard it to (subscription, resource group, name), any of which may be wrong on purpose.
 */
record OnboardingRequest(String customer, TenantId tenant, String customerSubscription, SubscriptionId subscription,
                         ResourceGroupName resourceGroup, String registrationName) {

    OnboardingRequest {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerSubscription, "customerSubscription");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(registrationName, "registrationName");
    }

    static OnboardingRequest of(String customer, TenantId tenant, String customerSubscription, RegistrationKey registration) {
        return new OnboardingRequest(customer, tenant, customerSubscription, registration.subscriptionId(), registration.resourceGroup(),
                registration.name().value());
    }

    OnboardingRequest withRegistrationName(String name) {
        return new OnboardingRequest(customer, tenant, customerSubscription, subscription, resourceGroup, name);
    }

    /** The registration as the request names it, whether or not Azure has one by that name. */
    RegistrationKey registration() {
        return RegistrationKey.of(subscription.value(), resourceGroup.value(), registrationName);
    }
}
