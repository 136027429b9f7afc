package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.RevokeMultiTenancyUseCase;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.TenantRegistrationError.RegistrationNotFound;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Withdraws the multi-tenancy approval of an existing registration. */
public final class RevokeMultiTenancyService implements RevokeMultiTenancyUseCase {

    private final RegistrationStorePort store;
    private final MultiTenancyApprovalPort approvals;

    public RevokeMultiTenancyService(RegistrationStorePort store, MultiTenancyApprovalPort approvals) {
        this.store = store;
        this.approvals = approvals;
    }

    @Override
    public Either<DomainError, RegistrationKey> revoke(RegistrationKey key) {
        if (store.find(key).isEmpty()) {
            return Either.left(new RegistrationNotFound(key));
        }
        approvals.revoke(key);
        return Either.right(key);
    }
}
