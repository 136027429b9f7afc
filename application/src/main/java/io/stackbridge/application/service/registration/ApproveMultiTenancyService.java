package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.ApproveMultiTenancyUseCase;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.TenantRegistrationError.RegistrationNotFound;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Approves an existing registration for multi-tenancy. */
public final class ApproveMultiTenancyService implements ApproveMultiTenancyUseCase {

    private final RegistrationStorePort store;
    private final MultiTenancyApprovalPort approvals;

    public ApproveMultiTenancyService(RegistrationStorePort store, MultiTenancyApprovalPort approvals) {
        this.store = store;
        this.approvals = approvals;
    }

    @Override
    public Either<DomainError, RegistrationKey> approve(RegistrationKey key) {
        if (store.find(key).isEmpty()) {
            return Either.left(new RegistrationNotFound(key));
        }
        approvals.approve(key);
        return Either.right(key);
    }
}
