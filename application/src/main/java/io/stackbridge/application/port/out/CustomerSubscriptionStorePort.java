package io.stackbridge.application.port.out;

import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.TenantMappings;

/** Where the registration provider keeps each registration's tenant mappings. */
public interface CustomerSubscriptionStorePort {

    /** The mappings of a registration; empty when it has none. */
    TenantMappings mappings(RegistrationKey registration);

    void save(RegistrationKey registration, TenantMappings mappings);

    void removeAll(RegistrationKey registration);
}
