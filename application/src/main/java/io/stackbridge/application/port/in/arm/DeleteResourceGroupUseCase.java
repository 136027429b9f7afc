package io.stackbridge.application.port.in.arm;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;

/** Deletes a resource group with every registration in it (and their tenants and approvals). */
public interface DeleteResourceGroupUseCase {

    Either<DomainError, Removal> delete(SubscriptionId subscriptionId, ResourceGroupName name);
}
