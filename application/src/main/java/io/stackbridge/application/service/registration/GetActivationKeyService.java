package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.GetActivationKeyUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Signs the activation key of a registration, pointing the stamp's bridge at this Azure's usage service; a Capacity key lasts one term. */
public final class GetActivationKeyService implements GetActivationKeyUseCase {

    private final RegistrationStorePort store;
    private final TokenSigningPort signing;
    private final AzureEndpoints endpoints;
    private final ClockPort clock;

    public GetActivationKeyService(RegistrationStorePort store, TokenSigningPort signing, AzureEndpoints endpoints, ClockPort clock) {
        this.store = store;
        this.signing = signing;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @Override
    public Either<DomainError, ActivationKey> activationKey(RegistrationKey key) {
        return ArmChecks.registration(store, key)
                .map(registration -> signing.signActivationKey(ActivationKeyClaims.of(registration, endpoints, clock.now())));
    }
}
