package io.stackbridge.application.service.arm;

import io.stackbridge.application.port.in.arm.RegisterResourceProviderUseCase;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;

/** Registers a provider namespace; registering twice is harmless. */
public final class RegisterResourceProviderService implements RegisterResourceProviderUseCase {

    private final ProviderRegistrationPort providers;

    public RegisterResourceProviderService(ProviderRegistrationPort providers) {
        this.providers = providers;
    }

    @Override
    public Either<DomainError, ProviderRegistration> register(SubscriptionId subscriptionId, String namespace) {
        providers.register(subscriptionId, namespace);
        return Either.right(new ProviderRegistration(subscriptionId, namespace, ProviderRegistration.State.Registered));
    }
}
