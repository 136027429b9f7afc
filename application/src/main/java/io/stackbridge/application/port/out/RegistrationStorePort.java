package io.stackbridge.application.port.out;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Where the registration provider keeps registration resources. */
public interface RegistrationStorePort {

    Option<Registration> find(RegistrationKey key);

    /** Every registration of a subscription, across its resource groups, ordered by name. */
    List<Registration> inSubscription(SubscriptionId subscriptionId);

    /** Every registration, in every subscription, ordered by subscription, resource group and name. */
    List<Registration> all();

    /** The registration of a stamp, whatever subscription holds it. */
    Option<Registration> withCloudId(CloudId cloudId);

    /** Stores a new or changed registration, replacing any under the same key. */
    void save(Registration registration);

    void delete(RegistrationKey key);
}
