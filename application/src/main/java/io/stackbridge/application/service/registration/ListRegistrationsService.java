package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.registration.Registration;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists registrations of a subscription or of one resource group, which must exist. */
public final class ListRegistrationsService implements ListRegistrationsUseCase {

    private final RegistrationStorePort store;
    private final ResourceGroupStorePort groups;

    public ListRegistrationsService(RegistrationStorePort store, ResourceGroupStorePort groups) {
        this.store = store;
        this.groups = groups;
    }

    @Override
    public Either<DomainError, List<Registration>> list(Scope scope) {
        List<Registration> all = store.inSubscription(scope.subscriptionId()).sortBy(registration -> registration.key().name().key());
        if (scope.resourceGroup().isEmpty()) {
            return Either.right(all);
        }
        ResourceGroupName group = scope.resourceGroup().get();
        return ArmChecks.resourceGroup(groups, scope.subscriptionId(), group)
                .map(found -> all.filter(registration -> registration.key().resourceGroup().equals(group)));
    }
}
