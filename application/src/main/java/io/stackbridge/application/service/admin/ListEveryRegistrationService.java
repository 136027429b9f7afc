package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ListEveryRegistrationUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.vavr.collection.List;

/** Reads every registration, then each one's approval and tenant mappings. */
public final class ListEveryRegistrationService implements ListEveryRegistrationUseCase {

    private final RegistrationStorePort registrations;
    private final MultiTenancyApprovalPort approvals;
    private final CustomerSubscriptionStorePort mappings;

    public ListEveryRegistrationService(RegistrationStorePort registrations, MultiTenancyApprovalPort approvals,
                                        CustomerSubscriptionStorePort mappings) {
        this.registrations = registrations;
        this.approvals = approvals;
        this.mappings = mappings;
    }

    @Override
    public List<RegistrationOverview> list() {
        return registrations.all().map(registration -> new RegistrationOverview(registration,
                approvals.isApproved(registration.key()), mappings.mappings(registration.key()).all()));
    }
}
