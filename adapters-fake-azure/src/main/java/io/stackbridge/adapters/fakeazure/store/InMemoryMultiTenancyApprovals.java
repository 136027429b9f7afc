package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.domain.registration.RegistrationKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The registrations an administrator of the fake approved for multi-tenancy, in memory. */
@Singleton
public final class InMemoryMultiTenancyApprovals implements MultiTenancyApprovalPort, Resettable {

    private final Set<RegistrationKey> approved = ConcurrentHashMap.newKeySet();

    @Inject
    public InMemoryMultiTenancyApprovals() {
    }

    @Override
    public boolean isApproved(RegistrationKey registration) {
        return approved.contains(registration);
    }

    @Override
    public void approve(RegistrationKey registration) {
        approved.add(registration);
    }

    @Override
    public void revoke(RegistrationKey registration) {
        approved.remove(registration);
    }

    @Override
    public void reset() {
        approved.clear();
    }
}
