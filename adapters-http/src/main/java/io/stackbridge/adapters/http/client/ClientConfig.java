package io.stackbridge.adapters.http.client;

import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP clients reach Azure: which certificate authorities they trust (a PEM file, or the
 * JVM's default trust store when none is given) and how long they wait to connect and for a
 * complete answer.
 */
public record ClientConfig(Option<Path> trustedCertificates, Duration connectTimeout, Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public ClientConfig {
        Objects.requireNonNull(trustedCertificates, "trustedCertificates");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: " + connectTimeout + ", " + requestTimeout);
        }
    }

    /** The JVM's default trust store and the default timeouts (10 s to connect, 30 s for an answer). */
    public static ClientConfig jvmTrust() {
        return new ClientConfig(Option.none(), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** Trusts only the certificates in {@code caPem} (such as the emulator's exported CA), with the default timeouts. */
    public static ClientConfig trusting(Path caPem) {
        return new ClientConfig(Option.some(caPem), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    public ClientConfig withTimeouts(Duration connect, Duration request) {
        return new ClientConfig(trustedCertificates, connect, request);
    }
}
