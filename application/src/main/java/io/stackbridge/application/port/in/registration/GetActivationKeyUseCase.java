package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Issues the signed activation key of a registration. */
public interface GetActivationKeyUseCase {

    Either<DomainError, ActivationKey> activationKey(RegistrationKey key);
}
