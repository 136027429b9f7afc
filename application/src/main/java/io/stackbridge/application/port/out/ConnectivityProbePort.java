package io.stackbridge.application.port.out;

import io.stackbridge.domain.bridge.Finding;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.CloudId;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The low-level checks of the bridge's diagnosis, each named as the bridge would name its failure
 * ({@code NetworkError}, {@code RequestTimedOut}, {@code CertificateValidationError}, {@code Unauthorized}
 * …). Each success tells what it found as a {@link Finding}, which the reader sees in their language.
 */
public interface ConnectivityProbePort {

    /** A request the usage service refuses for its content (an empty batch) and so books nothing: it proves the service answers. */
    record UsageProbe(URI usageEndpoint, CloudId cloudId, String accessToken, Instant stampTime) {
        public UsageProbe {
            Objects.requireNonNull(usageEndpoint, "usageEndpoint");
            Objects.requireNonNull(cloudId, "cloudId");
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(stampTime, "stampTime");
        }

        /** Everything but the access token, which is never printed. */
        @Override
        public String toString() {
            return "UsageProbe[" + usageEndpoint + ", " + cloudId + ", " + stampTime + ", access token ***]";
        }
    }

    /** The endpoint's host name resolves (to the addresses found). */
    Either<DomainError, Finding> resolve(URI endpoint);

    /** A TCP connection to the endpoint's host and port opens. */
    Either<DomainError, Finding> connect(URI endpoint);

    /** A TLS handshake with the endpoint trusts its certificate chain and host name. */
    Either<DomainError, Finding> handshake(URI endpoint);

    /** The usage service answers the probe with the refusal expected for its content. */
    Either<DomainError, Finding> usageAnswers(UsageProbe probe);

    /** The service's time when it issued {@code accessToken}, when the token says. */
    Option<Instant> issuedAt(String accessToken);
}
