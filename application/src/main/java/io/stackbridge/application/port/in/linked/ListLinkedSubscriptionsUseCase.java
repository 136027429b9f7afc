package io.stackbridge.application.port.in.linked;

import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase.Scope;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists the linked subscriptions of a subscription, or of one of its resource groups, ordered by name. */
public interface ListLinkedSubscriptionsUseCase {

    Either<DomainError, List<LinkedSubscription>> list(Scope scope);
}
