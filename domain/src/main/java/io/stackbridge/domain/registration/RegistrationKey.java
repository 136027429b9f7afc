package io.stackbridge.domain.registration;

import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Objects;

/** Where a registration lives in Azure: subscription, resource group and registration name. */
public record RegistrationKey(SubscriptionId subscriptionId, ResourceGroupName resourceGroup, RegistrationName name) {

    public RegistrationKey {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(name, "name");
    }

    /** Parses the three parts at once and reports every malformed part. */
    public static Validation<Seq<Violation>, RegistrationKey> parse(String subscriptionId, String resourceGroup, String name) {
        return Validation.combine(
                        SubscriptionId.parse(subscriptionId),
                        ResourceGroupName.parse(resourceGroup),
                        RegistrationName.parse(name))
                .ap(RegistrationKey::new)
                .mapError(nested -> nested.flatMap(problems -> problems));
    }

    public static RegistrationKey of(String subscriptionId, String resourceGroup, String name) {
        return new RegistrationKey(SubscriptionId.of(subscriptionId), ResourceGroupName.of(resourceGroup), RegistrationName.of(name));
    }

    @Override
    public String toString() {
        return subscriptionId + "/" + resourceGroup + "/" + name;
    }
}
