package io.stackbridge.domain.bridge;

/** How an exchange with Azure failed below the level of an answer. */
public enum TransportFailure {
    /** No connection, or it broke before a complete answer: DNS, refused, reset, empty or cut answer, proxy refusal. */
    UNREACHABLE,
    /** The request went out but no complete answer came back in time. */
    TIMED_OUT,
    /** The TLS handshake failed: untrusted chain, wrong host name, pinning mismatch. */
    UNTRUSTED_CERTIFICATE
}
