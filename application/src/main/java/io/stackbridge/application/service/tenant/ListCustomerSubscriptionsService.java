package io.stackbridge.application.service.tenant;

import io.stackbridge.application.port.in.tenant.ListCustomerSubscriptionsUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists the customer subscriptions of an existing registration, in the order they were added. */
public final class ListCustomerSubscriptionsService implements ListCustomerSubscriptionsUseCase {

    private final RegistrationStorePort registrations;
    private final CustomerSubscriptionStorePort mappings;

    public ListCustomerSubscriptionsService(RegistrationStorePort registrations, CustomerSubscriptionStorePort mappings) {
        this.registrations = registrations;
        this.mappings = mappings;
    }

    @Override
    public Either<DomainError, List<CustomerSubscription>> list(RegistrationKey registration) {
        return TenantLookups.registration(registrations, registration).map(found -> mappings.mappings(registration).all());
    }
}
