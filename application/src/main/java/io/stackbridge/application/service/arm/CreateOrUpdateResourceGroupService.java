package io.stackbridge.application.service.arm;

import io.stackbridge.application.port.in.arm.CreateOrUpdateResourceGroupUseCase;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/** Creates a resource group (201) or updates its location and tags (200). */
public final class CreateOrUpdateResourceGroupService implements CreateOrUpdateResourceGroupUseCase {

    private final ResourceGroupStorePort groups;
    private final TransactionPort transactions;

    public CreateOrUpdateResourceGroupService(ResourceGroupStorePort groups, TransactionPort transactions) {
        this.groups = groups;
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, CreatedOrUpdated<ResourceGroup>> createOrUpdate(ResourceGroup resourceGroup) {
        return transactions.atomically(() -> {
            boolean existed = groups.find(resourceGroup.subscriptionId(), resourceGroup.name()).isDefined();
            groups.save(resourceGroup);
            return Either.right(new CreatedOrUpdated<>(resourceGroup, !existed));
        });
    }
}
