package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Deletes a registration with its tenant mappings and approval; nothing there is not an error. */
public interface DeleteRegistrationUseCase {

    Either<DomainError, Removal> delete(RegistrationKey key, Option<String> ifMatch);
}
