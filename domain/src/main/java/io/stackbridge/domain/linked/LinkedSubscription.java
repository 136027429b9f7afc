package io.stackbridge.domain.linked;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;

import java.util.Objects;

/**
 * A linked subscription resource: it ties a subscription ({@code linkedSubscriptionId}) to the
 * Azure Stack Hub device of a registration, for remote management. Its location is free text, as
 * the specification allows; its kind is always {@link #KIND}.
 */
public record LinkedSubscription(LinkedSubscriptionKey key, String location, SubscriptionId linkedSubscriptionId,
                                 RegistrationKey registration, LinkedDevice device, SystemData systemData, ETag etag) {

    /** The kind the specification's examples show for every linked subscription. */
    public static final String KIND = "AzureStackHub";

    public LinkedSubscription {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(linkedSubscriptionId, "linkedSubscriptionId");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(systemData, "systemData");
        Objects.requireNonNull(etag, "etag");
    }
}
