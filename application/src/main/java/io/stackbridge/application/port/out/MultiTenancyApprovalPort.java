package io.stackbridge.application.port.out;

import io.stackbridge.domain.registration.RegistrationKey;

/** Microsoft's record of which registrations may bill tenants separately. */
public interface MultiTenancyApprovalPort {

    boolean isApproved(RegistrationKey registration);

    void approve(RegistrationKey registration);

    void revoke(RegistrationKey registration);
}
