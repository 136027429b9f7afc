package io.stackbridge.application.port.in.tenant;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists the customer subscriptions of a registration. */
public interface ListCustomerSubscriptionsUseCase {

    Either<DomainError, List<CustomerSubscription>> list(RegistrationKey registration);
}
