package io.stackbridge.application.service;

import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.registration.RegistrationKey;

/** Deleting a registration takes its tenant mappings and its multi-tenancy approval with it. */
public final class RegistrationCascade {

    private final RegistrationStorePort registrations;
    private final CustomerSubscriptionStorePort tenants;
    private final MultiTenancyApprovalPort approvals;

    public RegistrationCascade(RegistrationStorePort registrations, CustomerSubscriptionStorePort tenants,
                               MultiTenancyApprovalPort approvals) {
        this.registrations = registrations;
        this.tenants = tenants;
        this.approvals = approvals;
    }

    public void delete(RegistrationKey key) {
        tenants.removeAll(key);
        approvals.revoke(key);
        registrations.delete(key);
    }
}
