package io.stackbridge.domain.tenant;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.ETag;

/** An accepted onboarding: the registration, the customer subscription and the tenant to map. */
public record OnboardingDecision(Registration registration, SubscriptionId customerSubscriptionId, TenantId tenantId) {

    public CustomerSubscription mapping(ETag etag) {
        return new CustomerSubscription(registration.key(), customerSubscriptionId, tenantId, etag);
    }
}
