package io.stackbridge.application.service.tenant;

import io.stackbridge.application.port.in.tenant.GetCustomerSubscriptionUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.TenantRegistrationError.CustomerSubscriptionNotFound;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.control.Either;

/** Reads one customer subscription: a GUID, under an existing registration, that was added. */
public final class GetCustomerSubscriptionService implements GetCustomerSubscriptionUseCase {

    private final RegistrationStorePort registrations;
    private final CustomerSubscriptionStorePort mappings;

    public GetCustomerSubscriptionService(RegistrationStorePort registrations, CustomerSubscriptionStorePort mappings) {
        this.registrations = registrations;
        this.mappings = mappings;
    }

    @Override
    public Either<DomainError, CustomerSubscription> get(RegistrationKey registration, String customerSubscriptionId) {
        return TenantLookups.customerSubscriptionId(customerSubscriptionId)
                .flatMap(id -> TenantLookups.registration(registrations, registration)
                        .flatMap(found -> mappings.mappings(registration).find(id)
                                .toEither(() -> new CustomerSubscriptionNotFound(id, registration.name()))));
    }
}
