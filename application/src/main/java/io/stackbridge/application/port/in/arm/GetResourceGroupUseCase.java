package io.stackbridge.application.port.in.arm;

import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;

/** Reads a resource group; {@code ResourceGroupNotFound} when it does not exist. */
public interface GetResourceGroupUseCase {

    Either<DomainError, ResourceGroup> get(SubscriptionId subscriptionId, ResourceGroupName name);
}
