package io.stackbridge.application.port.out;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * How the stack side reaches Azure's registration provider, as the registration tooling does:
 * register the provider, create the resource group, put the registration, fetch the activation key.
 * Failures to reach Azure come back as bridge codes; Azure's own refusals keep their codes.
 */
public interface RegistrationPort {

    Either<DomainError, SubscriptionId> registerProvider(SubscriptionId subscriptionId);

    Either<DomainError, ResourceGroupName> createResourceGroup(SubscriptionId subscriptionId, ResourceGroupName name, String location);

    Either<DomainError, CreatedOrUpdated<RegistrationSummary>> createOrUpdate(RegistrationKey key, String registrationToken);

    Either<DomainError, RegistrationSummary> get(RegistrationKey key);

    Either<DomainError, Removal> delete(RegistrationKey key);

    Either<DomainError, ActivationKey> activationKey(RegistrationKey key);

    /**
     * The registrations of one resource group of {@code subscriptionId} (Registrations_List), or of
     * the whole subscription when none is given (Registrations_ListBySubscription), ordered by name.
     */
    Either<DomainError, List<RegistrationSummary>> list(SubscriptionId subscriptionId, Option<ResourceGroupName> resourceGroup);
}
