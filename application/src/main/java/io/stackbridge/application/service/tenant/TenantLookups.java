package io.stackbridge.application.service.tenant;

import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.TenantRegistrationError.InvalidCustomerSubscriptionId;
import io.stackbridge.domain.error.TenantRegistrationError.RegistrationNotFound;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** The first two onboarding rules, which reading and removing tenants share: a GUID, under an existing registration. */
final class TenantLookups {

    private TenantLookups() {
    }

    static Either<DomainError, SubscriptionId> customerSubscriptionId(String customerSubscriptionId) {
        return SubscriptionId.parse(customerSubscriptionId).toEither()
                .mapLeft(problems -> new InvalidCustomerSubscriptionId(customerSubscriptionId));
    }

    static Either<DomainError, Registration> registration(RegistrationStorePort store, RegistrationKey key) {
        return store.find(key).toEither(() -> new RegistrationNotFound(key));
    }
}
