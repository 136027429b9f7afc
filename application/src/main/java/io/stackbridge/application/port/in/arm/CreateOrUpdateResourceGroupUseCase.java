package io.stackbridge.application.port.in.arm;

import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/** Creates a resource group, or updates its location and tags. */
public interface CreateOrUpdateResourceGroupUseCase {

    Either<DomainError, CreatedOrUpdated<ResourceGroup>> createOrUpdate(ResourceGroup resourceGroup);
}
