package io.stackbridge.domain.tenant;

import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A request to map a tenant to a customer subscription under a registration. The customer
 * subscription ID is kept as typed: checking its form is the first onboarding rule, so a malformed
 * one must reach the policy. The tenant ID is optional; the directory's tenant is used without it.
 */
public record CustomerSubscriptionRequest(RegistrationKey registration, String customerSubscriptionId, Option<TenantId> tenantId) {

    public CustomerSubscriptionRequest {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(tenantId, "tenantId");
        customerSubscriptionId = customerSubscriptionId == null ? "" : customerSubscriptionId;
    }
}
