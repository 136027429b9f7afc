package io.stackbridge.domain.error;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Duration;

/**
 * How the Azure Bridge classifies a failed exchange with Azure. Each carries the endpoint it was
 * talking to and the underlying cause in one line.
 */
public sealed interface BridgeError extends DomainError {

    /** The endpoint the bridge was calling. */
    String endpoint();

    /** {@code cause} as a clause of a sentence that ends it: without its own closing full stops. */
    private static String clause(String cause) {
        return cause.strip().replaceAll("[.\\s]+$", "");
    }

    /** Name resolution, connection refused or reset, no route, or a proxy refusing to connect. */
    record NetworkError(String endpoint, String cause) implements BridgeError {
        public List<Object> arguments() {
            return List.of(endpoint, clause(cause));
        }
    }

    /** The request went out but no complete answer came back in time. */
    record RequestTimedOut(String endpoint, Duration timeout) implements BridgeError {
        public List<Object> arguments() {
            return List.of(endpoint, timeout.toSeconds());
        }
    }

    /** The Entra ID token endpoint could not be reached, or refused the bridge's credentials. */
    record LoginError(String endpoint, String cause) implements BridgeError {
        public List<Object> arguments() {
            return List.of(endpoint, clause(cause));
        }
    }

    /** The TLS handshake failed: untrusted chain, wrong host name, or a pinned certificate mismatch. */
    record CertificateValidationError(String endpoint, String cause) implements BridgeError {
        public List<Object> arguments() {
            return List.of(endpoint, clause(cause));
        }
    }

    /**
     * The usage service refused the bridge (401 or 403). When the refusal is known as an error (in
     * process), it is told in the reader's language; {@code cause} keeps it in one English line for logs.
     */
    record Unauthorized(String endpoint, String cause, Option<DomainError> refusal) implements BridgeError {
        public Unauthorized(String endpoint, String cause) {
            this(endpoint, cause, Option.none());
        }

        public List<Object> arguments() {
            return List.of(endpoint, refusal.<Object>map(ErrorSentence::new).getOrElse(() -> clause(cause)));
        }
    }
}
