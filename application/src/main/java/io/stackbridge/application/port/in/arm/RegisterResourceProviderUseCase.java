package io.stackbridge.application.port.in.arm;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;

/** Registers a resource provider namespace for a subscription (idempotent). */
public interface RegisterResourceProviderUseCase {

    Either<DomainError, ProviderRegistration> register(SubscriptionId subscriptionId, String namespace);
}
