package io.stackbridge.application.port.in.tenant;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Removes a tenant mapping; later usage of that tenant is billed to the registration's subscription. */
public interface RemoveCustomerSubscriptionUseCase {

    Either<DomainError, Removal> remove(RegistrationKey registration, String customerSubscriptionId);
}
