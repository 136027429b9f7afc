package io.stackbridge.application.service.tenant;

import io.stackbridge.application.port.in.tenant.RemoveCustomerSubscriptionUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Removes a tenant mapping (200), or answers 204 when there was none. */
public final class RemoveCustomerSubscriptionService implements RemoveCustomerSubscriptionUseCase {

    private final RegistrationStorePort registrations;
    private final CustomerSubscriptionStorePort mappings;
    private final TransactionPort transactions;

    public RemoveCustomerSubscriptionService(RegistrationStorePort registrations, CustomerSubscriptionStorePort mappings,
                                             TransactionPort transactions) {
        this.registrations = registrations;
        this.mappings = mappings;
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, Removal> remove(RegistrationKey registration, String customerSubscriptionId) {
        return TenantLookups.customerSubscriptionId(customerSubscriptionId)
                .flatMap(id -> transactions.atomically(() -> TenantLookups.registration(registrations, registration)
                        .map(found -> removeMapping(registration, id))));
    }

    private Removal removeMapping(RegistrationKey registration, SubscriptionId id) {
        var removal = mappings.mappings(registration).remove(id);
        if (removal._2.isEmpty()) {
            return Removal.ABSENT;
        }
        mappings.save(registration, removal._1);
        return Removal.DELETED;
    }
}
