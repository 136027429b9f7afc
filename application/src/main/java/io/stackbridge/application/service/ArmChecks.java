package io.stackbridge.application.service;

import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.error.ArmError.MissingSubscriptionRegistration;
import io.stackbridge.domain.error.ArmError.PreconditionFailed;
import io.stackbridge.domain.error.ArmError.ResourceGroupNotFound;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.UUID;

/** The Resource Manager checks several use cases share: provider registered, group present, resource present, If-Match. */
public final class ArmChecks {

    private ArmChecks() {
    }

    /** The subscription must have registered Microsoft.AzureStack. */
    public static Either<DomainError, SubscriptionId> providerRegistered(ProviderRegistrationPort providers, SubscriptionId subscription) {
        return providers.isRegistered(subscription, ProviderRegistration.AZURE_STACK)
                ? Either.right(subscription)
                : Either.left(new MissingSubscriptionRegistration(subscription, ProviderRegistration.AZURE_STACK));
    }

    public static Either<DomainError, ResourceGroup> resourceGroup(ResourceGroupStorePort groups, SubscriptionId subscription,
                                                                   ResourceGroupName name) {
        return groups.find(subscription, name).toEither(() -> new ResourceGroupNotFound(subscription, name));
    }

    public static Either<DomainError, Registration> registration(RegistrationStorePort store, RegistrationKey key) {
        return store.find(key).toEither(() -> new ResourceNotFound(ResourceIds.registration(key)));
    }

    /** An {@code If-Match} must name the current tag; with nothing there, no tag can match. */
    public static Either<DomainError, Option<ETag>> ifMatch(Option<String> ifMatch, Option<ETag> current) {
        if (ifMatch.isEmpty() || current.exists(tag -> tag.matches(ifMatch.get()))) {
            return Either.right(current);
        }
        return Either.left(new PreconditionFailed(ifMatch.get(), current.map(ETag::value).getOrElse("(none)")));
    }

    /** A fresh entity tag for a write. */
    public static ETag freshEtag() {
        return ETag.from(UUID.randomUUID());
    }
}
