package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Turns on remote management for a registration (the service keeps no visible state for it). */
public interface EnableRemoteManagementUseCase {

    Either<DomainError, Registration> enable(RegistrationKey key);
}
