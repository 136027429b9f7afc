package io.stackbridge.application.service.linked;

import io.stackbridge.application.port.in.linked.DeleteLinkedSubscriptionUseCase;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Deletes a linked subscription (200); nothing there answers 204. The registration it named stays. */
public final class DeleteLinkedSubscriptionService implements DeleteLinkedSubscriptionUseCase {

    private final LinkedSubscriptionStorePort store;
    private final TransactionPort transactions;

    public DeleteLinkedSubscriptionService(LinkedSubscriptionStorePort store, TransactionPort transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, Removal> delete(LinkedSubscriptionKey key, Option<String> ifMatch) {
        return transactions.atomically(() -> {
            Option<LinkedSubscription> existing = store.find(key);
            return ArmChecks.ifMatch(ifMatch, existing.map(LinkedSubscription::etag)).map(current -> {
                if (existing.isEmpty()) {
                    return Removal.ABSENT;
                }
                store.delete(key);
                return Removal.DELETED;
            });
        });
    }
}
