package io.stackbridge.application.port.out;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * How a CSP operator reaches the customer subscriptions of a registration in Azure. Customer
 * subscription IDs are passed as typed, since Azure checks their form.
 */
public interface CustomerSubscriptionPort {

    Either<DomainError, CustomerSubscription> add(RegistrationKey registration, String customerSubscriptionId, Option<TenantId> tenantId);

    Either<DomainError, CustomerSubscription> get(RegistrationKey registration, String customerSubscriptionId);

    Either<DomainError, List<CustomerSubscription>> list(RegistrationKey registration);

    Either<DomainError, Removal> remove(RegistrationKey registration, String customerSubscriptionId);
}
