package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.GetRegistrationUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Reads one registration. */
public final class GetRegistrationService implements GetRegistrationUseCase {

    private final RegistrationStorePort store;

    public GetRegistrationService(RegistrationStorePort store) {
        this.store = store;
    }

    @Override
    public Either<DomainError, Registration> get(RegistrationKey key) {
        return ArmChecks.registration(store, key);
    }
}
