package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/** Lists the registrations of a subscription, or of one of its resource groups, ordered by name. */
public interface ListRegistrationsUseCase {

    /** A whole subscription, or one resource group of it. */
    record Scope(SubscriptionId subscriptionId, Option<ResourceGroupName> resourceGroup) {
        public Scope {
            Objects.requireNonNull(subscriptionId, "subscriptionId");
            Objects.requireNonNull(resourceGroup, "resourceGroup");
        }
    }

    Either<DomainError, List<Registration>> list(Scope scope);
}
