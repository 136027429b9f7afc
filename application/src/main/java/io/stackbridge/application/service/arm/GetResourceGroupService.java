package io.stackbridge.application.service.arm;

import io.stackbridge.application.port.in.arm.GetResourceGroupUseCase;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;

/** Reads a resource group. */
public final class GetResourceGroupService implements GetResourceGroupUseCase {

    private final ResourceGroupStorePort groups;

    public GetResourceGroupService(ResourceGroupStorePort groups) {
        this.groups = groups;
    }

    @Override
    public Either<DomainError, ResourceGroup> get(SubscriptionId subscriptionId, ResourceGroupName name) {
        return ArmChecks.resourceGroup(groups, subscriptionId, name);
    }
}
