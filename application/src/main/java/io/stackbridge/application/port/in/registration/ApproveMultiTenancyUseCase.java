package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Microsoft's manual step, done by an administrator of the fake: allows a registration to add tenants. */
public interface ApproveMultiTenancyUseCase {

    Either<DomainError, RegistrationKey> approve(RegistrationKey key);
}
