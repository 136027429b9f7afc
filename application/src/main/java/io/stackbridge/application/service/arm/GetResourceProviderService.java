package io.stackbridge.application.service.arm;

import io.stackbridge.application.port.in.arm.GetResourceProviderUseCase;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.ProviderRegistration.State;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;

/** Reports whether a subscription has registered a provider namespace. */
public final class GetResourceProviderService implements GetResourceProviderUseCase {

    private final ProviderRegistrationPort providers;

    public GetResourceProviderService(ProviderRegistrationPort providers) {
        this.providers = providers;
    }

    @Override
    public Either<DomainError, ProviderRegistration> get(SubscriptionId subscriptionId, String namespace) {
        State state = providers.isRegistered(subscriptionId, namespace) ? State.Registered : State.NotRegistered;
        return Either.right(new ProviderRegistration(subscriptionId, namespace, state));
    }
}
