package io.stackbridge.application.port.in.linked;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.vavr.control.Either;

/** Reads one linked subscription; {@code ResourceNotFound} when there is none. */
public interface GetLinkedSubscriptionUseCase {

    Either<DomainError, LinkedSubscription> get(LinkedSubscriptionKey key);
}
