package io.stackbridge.domain.bridge;

/** The connectivity checks of {@code diagnose}, in the order they run; the first failure ends the check. */
public enum DiagnosticStep {
    /** The sign-in endpoint's host name resolves. */
    RESOLVE_LOGIN,
    /** A TCP connection to the sign-in endpoint opens. */
    CONNECT_LOGIN,
    /** The sign-in endpoint's certificate chain is trusted (no HTTPS interception). */
    TLS_LOGIN,
    /** The usage endpoint's host name resolves. */
    RESOLVE_USAGE,
    /** A TCP connection to the usage endpoint opens. */
    CONNECT_USAGE,
    /** The usage endpoint's certificate chain is trusted. */
    TLS_USAGE,
    /** The bridge principal gets a token for the usage resource. */
    TOKEN,
    /** The stamp's clock is within the allowed skew of the service's. */
    CLOCK,
    /** The usage service answers a request of the bridge. */
    USAGE_SERVICE,
    /** The activation's registration still exists in Azure and still names the bridge's principal. */
    REGISTRATION
}
