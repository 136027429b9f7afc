package io.stackbridge.adapters.cli.demo;

import io.stackbridge.domain.error.ErrorCode;

/** The eight tenant-registration codes, each provoked once by the demo, in the order it tells them. */
public enum TenantProbe {
    /** A customer subscription under a registration that does not exist. */
    NO_SUCH_REGISTRATION(ErrorCode.RegistrationNotFound),
    /** A subscription the directory does not know. */
    UNKNOWN_SUBSCRIPTION(ErrorCode.InvalidCustomerSubscriptionId),
    /** An Enterprise Agreement customer's subscription: not CSP. */
    NOT_CSP(ErrorCode.InvalidCSPSubscription),
    /** Another CSP partner's customer. */
    OTHER_PARTNER(ErrorCode.BadCustomerSubscriptionId),
    /** Reading a customer subscription never added. */
    NEVER_ADDED(ErrorCode.CustomerSubscriptionNotFound),
    /** A new tenant once the approval is taken back. */
    APPROVAL_REVOKED(ErrorCode.UnauthorizedCspRegistration),
    /** A new tenant while the directory behind onboarding is down (fault preset directory-down). */
    DIRECTORY_DOWN(ErrorCode.MetadataResolverBadGatewayError),
    /** A tenant under a Development registration. */
    NOT_PAY_AS_YOU_USE(ErrorCode.CustomerSubscriptionsNotAllowed);

    private final ErrorCode code;

    TenantProbe(ErrorCode code) {
        this.code = code;
    }

    /** The code the probe provokes. */
    public ErrorCode code() {
        return code;
    }

    /** The key of its sentences in the CLI's messages: {@code demo.tenant.<key>}. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
