package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;

import java.util.function.Function;

/**
 * The thirteen labs, one per seed code: how each breaks things and what it asks of the trainee. The
 * customers are the well-known world's (docs/emulator.md): Contoso and Fabrikam, CSP customers of the
 * stamp's partner; a customer of another partner; an Enterprise Agreement customer.
 */
final class Labs {

    static final String CONTOSO = "Contoso";
    static final String FABRIKAM = "Fabrikam";
    static final TenantId CONTOSO_TENANT = TenantId.of("c0c0c0c0-0001-4000-8000-000000000001");
    static final SubscriptionId CONTOSO_SUBSCRIPTION = SubscriptionId.of("c0c0c0c0-0002-4000-8000-000000000001");
    static final TenantId FABRIKAM_TENANT = TenantId.of("fab0fab0-0001-4000-8000-000000000001");
    static final SubscriptionId FABRIKAM_SUBSCRIPTION = SubscriptionId.of("fab0fab0-0002-4000-8000-000000000001");
    /** A CSP customer of another partner: the ID copied from the wrong customer's file. */
    static final String OTHER_PARTNERS_CUSTOMER = "bbbbbbbb-0002-4000-8000-000000000001";
    /** Fabrikam's subscription with one digit left out. */
    static final String FABRIKAM_MISTYPED = "fab0fab0-0002-4000-8000-00000000001";
    /** The subscription of an Enterprise Agreement customer, not sold through CSP. */
    static final String ENTERPRISE_AGREEMENT_CUSTOMER = "eaeaeaea-0002-4000-8000-000000000001";

    private Labs() {
    }

    static Lab of(LabName name) {
        return switch (name) {
            case NETWORK_ERROR -> new BridgeLab(name, Breakers.fault(FaultPreset.NETWORK_DOWN), false);
            case REQUEST_TIMED_OUT -> new BridgeLab(name, Breakers.fault(FaultPreset.USAGE_TIMEOUT), false);
            case LOGIN_ERROR -> new BridgeLab(name, Breakers.fault(FaultPreset.SIGN_IN_REFUSED), false);
            case CERTIFICATE_VALIDATION_ERROR -> new BridgeLab(name, Breakers.fault(FaultPreset.TLS_INTERCEPTION), true);
            case UNAUTHORIZED -> new BridgeLab(name, Breakers.deletedRegistration(), false);
            case REGISTRATION_NOT_FOUND -> contoso(name, key -> OnboardingRequest.of(CONTOSO, CONTOSO_TENANT,
                    CONTOSO_SUBSCRIPTION.value(), key).withRegistrationName(mistyped(key)), Breakers.nothing());
            case BAD_CUSTOMER_SUBSCRIPTION_ID -> contoso(name, key -> OnboardingRequest.of(CONTOSO, CONTOSO_TENANT,
                    OTHER_PARTNERS_CUSTOMER, key), Breakers.nothing());
            case INVALID_CUSTOMER_SUBSCRIPTION_ID -> fabrikam(name, key -> OnboardingRequest.of(FABRIKAM, FABRIKAM_TENANT,
                    FABRIKAM_MISTYPED, key), Breakers.nothing(), false);
            case CUSTOMER_SUBSCRIPTION_NOT_FOUND -> fabrikam(name, key -> OnboardingRequest.of(FABRIKAM, FABRIKAM_TENANT,
                    FABRIKAM_SUBSCRIPTION.value(), key), Breakers.removedTenant(FABRIKAM_SUBSCRIPTION), true);
            case UNAUTHORIZED_CSP_REGISTRATION -> contoso(name, key -> OnboardingRequest.of(CONTOSO, CONTOSO_TENANT,
                    CONTOSO_SUBSCRIPTION.value(), key), Breakers.revokedApproval());
            case CUSTOMER_SUBSCRIPTIONS_NOT_ALLOWED -> contoso(name, key -> OnboardingRequest.of(CONTOSO, CONTOSO_TENANT,
                    CONTOSO_SUBSCRIPTION.value(), key), Breakers.capacity());
            case INVALID_CSP_SUBSCRIPTION -> fabrikam(name, key -> OnboardingRequest.of(FABRIKAM, FABRIKAM_TENANT,
                    ENTERPRISE_AGREEMENT_CUSTOMER, key), Breakers.nothing(), false);
            case METADATA_RESOLVER_BAD_GATEWAY -> contoso(name, key -> OnboardingRequest.of(CONTOSO, CONTOSO_TENANT,
                    CONTOSO_SUBSCRIPTION.value(), key), Breakers.fault(FaultPreset.DIRECTORY_DOWN));
        };
    }

    private static Lab contoso(LabName name, Function<RegistrationKey, OnboardingRequest> request,
                               Lab.Breaker breaker) {
        return new TenantLab(name, CONTOSO, CONTOSO_TENANT, CONTOSO_SUBSCRIPTION, request, breaker, false);
    }

    private static Lab fabrikam(LabName name, Function<RegistrationKey, OnboardingRequest> request,
                                Lab.Breaker breaker, boolean lookup) {
        return new TenantLab(name, FABRIKAM, FABRIKAM_TENANT, FABRIKAM_SUBSCRIPTION, request, breaker, lookup);
    }

    /** The registration's name with its last character left out, as a hurried copy would give it. */
    static String mistyped(RegistrationKey registration) {
        String name = registration.name().value();
        return name.substring(0, name.length() - 1);
    }
}
