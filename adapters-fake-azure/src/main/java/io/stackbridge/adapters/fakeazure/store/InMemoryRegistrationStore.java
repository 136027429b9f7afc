package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The registration provider's registrations, in memory, keyed by subscription, resource group and name (any case). */
@Singleton
public final class InMemoryRegistrationStore implements RegistrationStorePort, Resettable {

    private final ConcurrentMap<RegistrationKey, Registration> registrations = new ConcurrentHashMap<>();

    @Inject
    public InMemoryRegistrationStore() {
    }

    @Override
    public Option<Registration> find(RegistrationKey key) {
        return Option.of(registrations.get(key));
    }

    @Override
    public List<Registration> inSubscription(SubscriptionId subscriptionId) {
        return List.ofAll(registrations.values())
                .filter(registration -> registration.key().subscriptionId().equals(subscriptionId))
                .sortBy(registration -> registration.key().name().key());
    }

    @Override
    public List<Registration> all() {
        return List.ofAll(registrations.values()).sortBy(registration -> registration.key().subscriptionId().guid().key()
                + "/" + registration.key().resourceGroup().key() + "/" + registration.key().name().key());
    }

    @Override
    public Option<Registration> withCloudId(CloudId cloudId) {
        return List.ofAll(registrations.values()).find(registration -> registration.cloudId().equals(cloudId));
    }

    @Override
    public void save(Registration registration) {
        registrations.put(registration.key(), registration);
    }

    @Override
    public void delete(RegistrationKey key) {
        registrations.remove(key);
    }

    @Override
    public void reset() {
        registrations.clear();
    }
}
