package io.stackbridge.application.port.in.stamp;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Either;

/**
 * Applies an activation key, as New-AzureStackActivation does: its signature must verify against
 * the issuing Azure's published key, and its claims must name this stamp's cloud and principal.
 */
public interface ApplyActivationKeyUseCase {

    Either<DomainError, Activation> apply(ActivationKey key);
}
