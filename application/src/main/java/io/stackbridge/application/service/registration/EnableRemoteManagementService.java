package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.EnableRemoteManagementUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Accepts a request to enable remote management of an existing registration. */
public final class EnableRemoteManagementService implements EnableRemoteManagementUseCase {

    private final RegistrationStorePort store;

    public EnableRemoteManagementService(RegistrationStorePort store) {
        this.store = store;
    }

    @Override
    public Either<DomainError, Registration> enable(RegistrationKey key) {
        return ArmChecks.registration(store, key);
    }
}
