package io.stackbridge.application.port.in.linked;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Deletes a linked subscription (200), or finds none there (204); an {@code If-Match} must name its tag. */
public interface DeleteLinkedSubscriptionUseCase {

    Either<DomainError, Removal> delete(LinkedSubscriptionKey key, Option<String> ifMatch);
}
