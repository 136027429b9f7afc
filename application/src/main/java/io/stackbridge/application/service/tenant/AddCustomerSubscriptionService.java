package io.stackbridge.application.service.tenant;

import io.stackbridge.application.port.in.tenant.AddCustomerSubscriptionUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.SubscriptionDirectoryPort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.tenant.CustomerSubscriptionRequest;
import io.stackbridge.domain.tenant.OnboardingDecision;
import io.stackbridge.domain.tenant.TenantMappings;
import io.stackbridge.domain.tenant.TenantOnboardingPolicy;
import io.vavr.control.Either;

/**
 * PUT of a customer subscription: the onboarding policy decides (its eight rules, in order), then
 * the mapping is placed, replacing the tenant's previous subscription if it had one.
 */
public final class AddCustomerSubscriptionService implements AddCustomerSubscriptionUseCase {

    private final RegistrationStorePort registrations;
    private final CustomerSubscriptionStorePort mappings;
    private final PortBackedOnboardingFacts facts;
    private final TransactionPort transactions;

    public AddCustomerSubscriptionService(RegistrationStorePort registrations, MultiTenancyApprovalPort approvals,
                                          SubscriptionDirectoryPort directory, CustomerSubscriptionStorePort mappings,
                                          TransactionPort transactions) {
        this.registrations = registrations;
        this.mappings = mappings;
        this.facts = new PortBackedOnboardingFacts(registrations, approvals, directory);
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, CreatedOrUpdated<CustomerSubscription>> add(CustomerSubscriptionRequest request) {
        return Either.<DomainError, OnboardingDecision>narrow(TenantOnboardingPolicy.evaluate(request, facts))
                .flatMap(decision -> transactions.atomically(() -> place(decision)));
    }

    /** Places the mapping, provided the registration was not deleted while the policy was deciding. */
    private Either<DomainError, CreatedOrUpdated<CustomerSubscription>> place(OnboardingDecision decision) {
        RegistrationKey key = decision.registration().key();
        return TenantLookups.registration(registrations, key).map(registration -> {
            TenantMappings.Placement placement = mappings.mappings(key).put(decision.mapping(ArmChecks.freshEtag()));
            mappings.save(key, placement.mappings());
            return new CreatedOrUpdated<>(placement.placed(), placement.created());
        });
    }
}
