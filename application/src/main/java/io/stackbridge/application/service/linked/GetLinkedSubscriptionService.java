package io.stackbridge.application.service.linked;

import io.stackbridge.application.port.in.linked.GetLinkedSubscriptionUseCase;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.vavr.control.Either;

/** Reads one linked subscription, or {@code ResourceNotFound} naming its ID. */
public final class GetLinkedSubscriptionService implements GetLinkedSubscriptionUseCase {

    private final LinkedSubscriptionStorePort store;

    public GetLinkedSubscriptionService(LinkedSubscriptionStorePort store) {
        this.store = store;
    }

    @Override
    public Either<DomainError, LinkedSubscription> get(LinkedSubscriptionKey key) {
        return store.find(key).toEither(() -> new ResourceNotFound(ResourceIds.linkedSubscription(key)));
    }
}
