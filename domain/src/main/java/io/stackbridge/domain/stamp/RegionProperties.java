package io.stackbridge.domain.stamp;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * Region management > Properties: the stamp's cloud ID, its registration status and, once
 * registered, the registration's subscription, resource group and name, billing model and expiry.
 */
public record RegionProperties(RegistrationStatus status, CloudId cloudId, Option<RegistrationKey> registration,
                               Option<BillingModel> billingModel, Option<Instant> expires) {

    public RegionProperties {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(billingModel, "billingModel");
        Objects.requireNonNull(expires, "expires");
    }

    /** The properties of a stamp with {@code activation} (if any), judged at the stamp's time {@code now}. */
    public static RegionProperties of(CloudId cloudId, Option<Activation> activation, Instant now) {
        if (activation.isEmpty()) {
            return new RegionProperties(RegistrationStatus.NOT_REGISTERED, cloudId, Option.none(), Option.none(), Option.none());
        }
        Activation active = activation.get();
        RegistrationStatus status = active.expiredAt(now) ? RegistrationStatus.EXPIRED : RegistrationStatus.REGISTERED;
        return new RegionProperties(status, cloudId, Option.some(active.registration()),
                Option.some(active.claims().billingModel()), Option.some(active.claims().expires()));
    }

    public Option<SubscriptionId> subscriptionId() {
        return registration.map(RegistrationKey::subscriptionId);
    }

    public Option<ResourceGroupName> resourceGroup() {
        return registration.map(RegistrationKey::resourceGroup);
    }

    public Option<RegistrationName> registrationName() {
        return registration.map(RegistrationKey::name);
    }
}
