package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.TenantMappings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Each registration's tenant mappings, in memory; the mappings themselves are immutable domain values. */
@Singleton
public final class InMemoryCustomerSubscriptionStore implements CustomerSubscriptionStorePort, Resettable {

    private final ConcurrentMap<RegistrationKey, TenantMappings> mappings = new ConcurrentHashMap<>();

    @Inject
    public InMemoryCustomerSubscriptionStore() {
    }

    @Override
    public TenantMappings mappings(RegistrationKey registration) {
        return mappings.getOrDefault(registration, TenantMappings.empty());
    }

    @Override
    public void save(RegistrationKey registration, TenantMappings newMappings) {
        if (newMappings.size() == 0) {
            mappings.remove(registration);
        } else {
            mappings.put(registration, newMappings);
        }
    }

    @Override
    public void removeAll(RegistrationKey registration) {
        mappings.remove(registration);
    }

    @Override
    public void reset() {
        mappings.clear();
    }
}
