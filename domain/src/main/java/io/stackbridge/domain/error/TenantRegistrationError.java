package io.stackbridge.domain.error;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Why a customer subscription (tenant) could not be added to, or found under, a registration. */
public sealed interface TenantRegistrationError extends DomainError {

    String CUSTOMER_SUBSCRIPTION = "customerSubscriptionId";

    /** No registration at the subscription, resource group and name given; all three are echoed. */
    record RegistrationNotFound(RegistrationKey registration) implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(registration.subscriptionId(), registration.resourceGroup(), registration.name());
        }

        public Option<String> target() {
            return Option.some("registrationName");
        }
    }

    /** The customer subscription rolls up to another CSP partner than the registration's subscription. */
    record BadCustomerSubscriptionId(SubscriptionId customerSubscriptionId, RegistrationKey registration)
            implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(customerSubscriptionId, registration.name(), registration.subscriptionId());
        }

        public Option<String> target() {
            return Option.some(CUSTOMER_SUBSCRIPTION);
        }
    }

    /** The customer subscription ID is malformed, or no Azure subscription has it. */
    record InvalidCustomerSubscriptionId(String customerSubscriptionId) implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(customerSubscriptionId);
        }

        public Option<String> target() {
            return Option.some(CUSTOMER_SUBSCRIPTION);
        }
    }

    /** The customer subscription was never added to this registration. */
    record CustomerSubscriptionNotFound(SubscriptionId customerSubscriptionId, RegistrationName registrationName)
            implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(customerSubscriptionId, registrationName);
        }

        public Option<String> target() {
            return Option.some(CUSTOMER_SUBSCRIPTION);
        }
    }

    /** Microsoft has not (yet) approved the registration for multi-tenancy. */
    record UnauthorizedCspRegistration(RegistrationKey registration) implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(registration.name(), registration.resourceGroup(), registration.subscriptionId());
        }
    }

    /** The registration's billing model does not allow tenants (only PayAsYouUse does). */
    record CustomerSubscriptionsNotAllowed(RegistrationName registrationName, BillingModel billingModel)
            implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(registrationName, billingModel);
        }
    }

    /** The customer subscription exists but was not sold through the CSP programme. */
    record InvalidCSPSubscription(SubscriptionId customerSubscriptionId, OfferType offer) implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(customerSubscriptionId, offer);
        }

        public Option<String> target() {
            return Option.some(CUSTOMER_SUBSCRIPTION);
        }
    }

    /** The subscription directory (metadata resolver) behind the provider failed; transient. */
    record MetadataResolverBadGatewayError(String upstreamDetail) implements TenantRegistrationError {
        public List<Object> arguments() {
            return List.of(upstreamDetail);
        }
    }
}
