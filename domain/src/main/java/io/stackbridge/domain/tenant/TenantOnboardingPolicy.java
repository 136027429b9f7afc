package io.stackbridge.domain.tenant;

import io.stackbridge.domain.error.TenantRegistrationError;
import io.vavr.control.Either;

import static io.stackbridge.domain.tenant.OnboardingChecks.approvedForMultiTenancy;
import static io.stackbridge.domain.tenant.OnboardingChecks.customerSubscriptionIdIsAGuid;
import static io.stackbridge.domain.tenant.OnboardingChecks.directoryAnswers;
import static io.stackbridge.domain.tenant.OnboardingChecks.registrationExists;
import static io.stackbridge.domain.tenant.OnboardingChecks.sharesCspPartner;
import static io.stackbridge.domain.tenant.OnboardingChecks.subscriptionIsKnown;

/**
 * Decides whether a tenant may be mapped to a customer subscription: the eight rules, in the
 * documented order, the first failure winning. The tenant defaults to the directory's tenant of
 * the customer subscription when the request names none.
 */
public final class TenantOnboardingPolicy {

    private TenantOnboardingPolicy() {
    }

    public static Either<TenantRegistrationError, OnboardingDecision> evaluate(
            CustomerSubscriptionRequest request, OnboardingFacts facts) {
        return customerSubscriptionIdIsAGuid(request.customerSubscriptionId())              // 1
                .flatMap(customerId -> registrationExists(request.registration(), facts)    // 2
                        .flatMap(OnboardingChecks::billingModelAllowsTenants)               // 3
                        .flatMap(registration -> approvedForMultiTenancy(registration, facts)) // 4
                        .flatMap(registration -> directoryAnswers(customerId, facts)        // 5
                                .flatMap(entry -> subscriptionIsKnown(customerId, entry))   // 6
                                .flatMap(OnboardingChecks::subscriptionIsCsp)               // 7
                                .flatMap(customer -> sharesCspPartner(customer, registration, facts)) // 8
                                .map(customer -> new OnboardingDecision(
                                        registration, customerId, request.tenantId().getOrElse(customer.tenant())))));
    }
}
