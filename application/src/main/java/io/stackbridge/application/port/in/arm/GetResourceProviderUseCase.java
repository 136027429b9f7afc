package io.stackbridge.application.port.in.arm;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;

/** Tells whether a subscription has registered a resource provider namespace. */
public interface GetResourceProviderUseCase {

    Either<DomainError, ProviderRegistration> get(SubscriptionId subscriptionId, String namespace);
}
