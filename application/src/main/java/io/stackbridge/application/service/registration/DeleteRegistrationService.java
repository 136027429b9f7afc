package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.DeleteRegistrationUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.application.service.RegistrationCascade;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Deletes a registration (200) with its tenants and approval; nothing there answers 204. */
public final class DeleteRegistrationService implements DeleteRegistrationUseCase {

    private final RegistrationStorePort store;
    private final RegistrationCascade cascade;
    private final TransactionPort transactions;

    public DeleteRegistrationService(RegistrationStorePort store, CustomerSubscriptionStorePort tenants,
                                     MultiTenancyApprovalPort approvals, TransactionPort transactions) {
        this.store = store;
        this.cascade = new RegistrationCascade(store, tenants, approvals);
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, Removal> delete(RegistrationKey key, Option<String> ifMatch) {
        return transactions.atomically(() -> {
            Option<Registration> existing = store.find(key);
            return ArmChecks.ifMatch(ifMatch, existing.map(Registration::etag)).map(current -> {
                if (existing.isEmpty()) {
                    return Removal.ABSENT;
                }
                cascade.delete(key);
                return Removal.DELETED;
            });
        });
    }
}
