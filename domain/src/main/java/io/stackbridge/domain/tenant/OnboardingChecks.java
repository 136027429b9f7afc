package io.stackbridge.domain.tenant;

import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.error.TenantRegistrationError;
import io.stackbridge.domain.error.TenantRegistrationError.BadCustomerSubscriptionId;
import io.stackbridge.domain.error.TenantRegistrationError.CustomerSubscriptionsNotAllowed;
import io.stackbridge.domain.error.TenantRegistrationError.InvalidCSPSubscription;
import io.stackbridge.domain.error.TenantRegistrationError.InvalidCustomerSubscriptionId;
import io.stackbridge.domain.error.TenantRegistrationError.MetadataResolverBadGatewayError;
import io.stackbridge.domain.error.TenantRegistrationError.RegistrationNotFound;
import io.stackbridge.domain.error.TenantRegistrationError.UnauthorizedCspRegistration;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The eight tenant-onboarding rules of docs/domain.md §5, one small method each, numbered in their order. */
final class OnboardingChecks {

    private OnboardingChecks() {
    }

    /** 1. The customer subscription ID must be a GUID. */
    static Either<TenantRegistrationError, SubscriptionId> customerSubscriptionIdIsAGuid(String customerSubscriptionId) {
        return SubscriptionId.parse(customerSubscriptionId).toEither()
                .mapLeft(problems -> new InvalidCustomerSubscriptionId(customerSubscriptionId));
    }

    /** 2. A registration must exist at the subscription, resource group and name given. */
    static Either<TenantRegistrationError, Registration> registrationExists(RegistrationKey key, OnboardingFacts facts) {
        return facts.registration(key).toEither(() -> new RegistrationNotFound(key));
    }

    /** 3. The registration's billing model must allow tenants (PayAsYouUse). */
    static Either<TenantRegistrationError, Registration> billingModelAllowsTenants(Registration registration) {
        return registration.billingModel().allowsTenants()
                ? Either.right(registration)
                : Either.left(new CustomerSubscriptionsNotAllowed(registration.key().name(), registration.billingModel()));
    }

    /** 4. The registration must be approved for multi-tenancy. */
    static Either<TenantRegistrationError, Registration> approvedForMultiTenancy(Registration registration, OnboardingFacts facts) {
        return facts.approvedForMultiTenancy(registration.key())
                ? Either.right(registration)
                : Either.left(new UnauthorizedCspRegistration(registration.key()));
    }

    /** 5. The directory (metadata resolver) must answer. */
    static Either<TenantRegistrationError, Option<DirectorySubscription>> directoryAnswers(
            SubscriptionId subscriptionId, OnboardingFacts facts) {
        return facts.lookUp(subscriptionId).mapLeft(failure -> new MetadataResolverBadGatewayError(failure.detail()));
    }

    /** 6. The directory must know the customer subscription. */
    static Either<TenantRegistrationError, DirectorySubscription> subscriptionIsKnown(
            SubscriptionId subscriptionId, Option<DirectorySubscription> entry) {
        return entry.toEither(() -> new InvalidCustomerSubscriptionId(subscriptionId.value()));
    }

    /** 7. The customer subscription must be a CSP subscription. */
    static Either<TenantRegistrationError, DirectorySubscription> subscriptionIsCsp(DirectorySubscription customer) {
        return customer.offer().isCsp()
                ? Either.right(customer)
                : Either.left(new InvalidCSPSubscription(customer.id(), customer.offer()));
    }

    /** 8. The customer subscription must roll up to the CSP partner of the registration's subscription. */
    static Either<TenantRegistrationError, DirectorySubscription> sharesCspPartner(
            DirectorySubscription customer, Registration registration, OnboardingFacts facts) {
        RegistrationKey key = registration.key();
        return directoryAnswers(key.subscriptionId(), facts).flatMap(owner ->
                owner.exists(customer::sharesPartnerWith)
                        ? Either.right(customer)
                        : Either.left(new BadCustomerSubscriptionId(customer.id(), key)));
    }
}
