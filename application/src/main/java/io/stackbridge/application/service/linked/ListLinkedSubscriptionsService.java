package io.stackbridge.application.service.linked;

import io.stackbridge.application.port.in.linked.ListLinkedSubscriptionsUseCase;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase.Scope;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists linked subscriptions by subscription, or by resource group ({@code ResourceGroupNotFound} when it is not there). */
public final class ListLinkedSubscriptionsService implements ListLinkedSubscriptionsUseCase {

    private final LinkedSubscriptionStorePort store;
    private final ResourceGroupStorePort groups;

    public ListLinkedSubscriptionsService(LinkedSubscriptionStorePort store, ResourceGroupStorePort groups) {
        this.store = store;
        this.groups = groups;
    }

    @Override
    public Either<DomainError, List<LinkedSubscription>> list(Scope scope) {
        if (scope.resourceGroup().isEmpty()) {
            return Either.right(store.inSubscription(scope.subscriptionId()));
        }
        return ArmChecks.resourceGroup(groups, scope.subscriptionId(), scope.resourceGroup().get())
                .map(group -> store.inResourceGroup(scope.subscriptionId(), group.name()));
    }
}
