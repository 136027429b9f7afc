package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Reads a registration; {@code ResourceNotFound} when none exists at the key. */
public interface GetRegistrationUseCase {

    Either<DomainError, Registration> get(RegistrationKey key);
}
