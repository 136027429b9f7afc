package io.stackbridge.domain.tenant;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;

import java.util.Objects;

/**
 * A tenant mapping: usage of the Entra tenant {@code tenantId} on the registered stamp is billed to
 * the CSP customer subscription {@code subscriptionId} instead of the registration's own.
 */
public record CustomerSubscription(RegistrationKey registration, SubscriptionId subscriptionId, TenantId tenantId, ETag etag) {

    public CustomerSubscription {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(etag, "etag");
    }
}
