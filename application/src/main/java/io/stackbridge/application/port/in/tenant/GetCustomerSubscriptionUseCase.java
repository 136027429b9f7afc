package io.stackbridge.application.port.in.tenant;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.control.Either;

/** Reads one customer subscription of a registration; {@code CustomerSubscriptionNotFound} when never added. */
public interface GetCustomerSubscriptionUseCase {

    Either<DomainError, CustomerSubscription> get(RegistrationKey registration, String customerSubscriptionId);
}
