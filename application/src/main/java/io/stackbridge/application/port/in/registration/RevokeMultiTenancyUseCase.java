package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Withdraws a registration's multi-tenancy approval; existing mappings stay, new ones are refused. */
public interface RevokeMultiTenancyUseCase {

    Either<DomainError, RegistrationKey> revoke(RegistrationKey key);
}
