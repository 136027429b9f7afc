package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;

import java.util.Objects;

/** Every registration the emulated Azure holds, in every subscription, as a CSP sees it: its tenants and its approval. */
public interface ListEveryRegistrationUseCase {

    /** A registration, whether Microsoft approved it for multi-tenancy, and its customer subscriptions in the order added. */
    record RegistrationOverview(Registration registration, boolean multiTenancyApproved, List<CustomerSubscription> customerSubscriptions) {
        public RegistrationOverview {
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(customerSubscriptions, "customerSubscriptions");
        }
    }

    /** Ordered by subscription, resource group and name. */
    List<RegistrationOverview> list();
}
