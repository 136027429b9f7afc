package io.stackbridge.application.service.arm;

import io.stackbridge.application.port.in.arm.DeleteResourceGroupUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.RegistrationCascade;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.vavr.control.Either;

/** Deletes a resource group and everything in it: registrations, their tenant mappings and approvals. */
public final class DeleteResourceGroupService implements DeleteResourceGroupUseCase {

    private final ResourceGroupStorePort groups;
    private final RegistrationStorePort registrations;
    private final RegistrationCascade cascade;
    private final TransactionPort transactions;

    public DeleteResourceGroupService(ResourceGroupStorePort groups, RegistrationStorePort registrations,
                                      CustomerSubscriptionStorePort tenants, MultiTenancyApprovalPort approvals,
                                      TransactionPort transactions) {
        this.groups = groups;
        this.registrations = registrations;
        this.cascade = new RegistrationCascade(registrations, tenants, approvals);
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, Removal> delete(SubscriptionId subscriptionId, ResourceGroupName name) {
        return transactions.atomically(() -> {
            if (groups.find(subscriptionId, name).isEmpty()) {
                return Either.right(Removal.ABSENT);
            }
            registrations.inSubscription(subscriptionId)
                    .map(Registration::key)
                    .filter(key -> key.resourceGroup().equals(name))
                    .forEach(cascade::delete);
            groups.delete(subscriptionId, name);
            return Either.right(Removal.DELETED);
        });
    }
}
