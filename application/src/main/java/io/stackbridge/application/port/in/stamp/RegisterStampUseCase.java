package io.stackbridge.application.port.in.stamp;

import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.stamp.RegistrationRun;
import io.stackbridge.domain.stamp.Stamp;

import java.util.Objects;

/**
 * Registers the stamp with Azure as Set-AzsRegistration does: registers the resource provider,
 * creates the resource group, puts the registration from a fresh token, fetches the activation key
 * and applies it, stopping at the first step that fails.
 */
public interface RegisterStampUseCase {

    /** Where the registration goes, and the resource group's location. */
    record Request(SubscriptionId subscriptionId, ResourceGroupName resourceGroup, RegistrationName registrationName,
                   String location) {

        public static final ResourceGroupName DEFAULT_RESOURCE_GROUP = ResourceGroupName.of("azurestack");
        public static final String DEFAULT_LOCATION = ResourceGroup.DEFAULT_LOCATION;

        public Request {
            Objects.requireNonNull(subscriptionId, "subscriptionId");
            Objects.requireNonNull(resourceGroup, "resourceGroup");
            Objects.requireNonNull(registrationName, "registrationName");
            Objects.requireNonNull(location, "location");
        }

        /** The tooling's defaults: resource group {@code azurestack} in {@code westcentralus}, name {@code azurestack-{cloudId}}. */
        public static Request defaults(SubscriptionId subscriptionId, Stamp stamp) {
            return new Request(subscriptionId, DEFAULT_RESOURCE_GROUP, stamp.conventionalRegistrationName(), DEFAULT_LOCATION);
        }

        public RegistrationKey key() {
            return new RegistrationKey(subscriptionId, resourceGroup, registrationName);
        }
    }

    RegistrationRun register(Request request);
}
