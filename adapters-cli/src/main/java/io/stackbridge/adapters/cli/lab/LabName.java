package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The hands-on labs, one per documented code: the name a trainee types ({@code lab start network-error})
 * and the code the lab makes them meet and fix.
 */
public enum LabName {
    NETWORK_ERROR("network-error", ErrorCode.NetworkError),
    REQUEST_TIMED_OUT("request-timed-out", ErrorCode.RequestTimedOut),
    LOGIN_ERROR("login-error", ErrorCode.LoginError),
    CERTIFICATE_VALIDATION_ERROR("certificate-validation-error", ErrorCode.CertificateValidationError),
    UNAUTHORIZED("unauthorized", ErrorCode.Unauthorized),
    REGISTRATION_NOT_FOUND("registration-not-found", ErrorCode.RegistrationNotFound),
    BAD_CUSTOMER_SUBSCRIPTION_ID("bad-customer-subscription-id", ErrorCode.BadCustomerSubscriptionId),
    INVALID_CUSTOMER_SUBSCRIPTION_ID("invalid-customer-subscription-id", ErrorCode.InvalidCustomerSubscriptionId),
    CUSTOMER_SUBSCRIPTION_NOT_FOUND("customer-subscription-not-found", ErrorCode.CustomerSubscriptionNotFound),
    UNAUTHORIZED_CSP_REGISTRATION("unauthorized-csp-registration", ErrorCode.UnauthorizedCspRegistration),
    CUSTOMER_SUBSCRIPTIONS_NOT_ALLOWED("customer-subscriptions-not-allowed", ErrorCode.CustomerSubscriptionsNotAllowed),
    INVALID_CSP_SUBSCRIPTION("invalid-csp-subscription", ErrorCode.InvalidCSPSubscription),
    METADATA_RESOLVER_BAD_GATEWAY("metadata-resolver-bad-gateway", ErrorCode.MetadataResolverBadGatewayError);

    private final String labName;
    private final ErrorCode code;

    LabName(String labName, ErrorCode code) {
        this.labName = labName;
        this.code = code;
    }

    public String labName() {
        return labName;
    }

    public ErrorCode code() {
        return code;
    }

    /** The lab for a name typed in any case. */
    public static Option<LabName> named(String text) {
        return List.of(values()).find(lab -> lab.labName.equalsIgnoreCase(text == null ? "" : text.trim()));
    }

    /** The labs that make a trainee meet {@code code}. */
    public static List<LabName> forCode(ErrorCode code) {
        return List.of(values()).filter(lab -> lab.code == code);
    }
}
