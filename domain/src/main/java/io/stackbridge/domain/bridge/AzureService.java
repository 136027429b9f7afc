package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.BridgeError.Unauthorized;
import io.stackbridge.domain.error.DomainError;

import java.time.Duration;

/**
 * The Azure service one exchange of the bridge talks to, and so how a failed exchange is named
 * (docs/domain.md, bridge classification): Resource Manager refusals keep their codes, every
 * sign-in failure is a LoginError, and a usage refusal of the bridge's identity is Unauthorized.
 * The in-process fake and the HTTP client both name failures here, so they cannot drift apart.
 */
public enum AzureService {
    RESOURCE_MANAGER, LOGIN, USAGE;

    /** This service at {@code endpoint}: what one port or client talks to. */
    public CalledService at(String endpoint) {
        return new CalledService(this, endpoint);
    }

    /** No (readable) answer came: unreachable, too slow, or an untrusted certificate. */
    public DomainError unanswered(TransportFailure failure, String endpoint, Duration timeout, String cause) {
        return this == LOGIN
                ? BridgeClassifier.login(endpoint, cause)
                : BridgeClassifier.transport(failure, endpoint, timeout, cause);
    }

    /**
     * The service answered with {@code refusal}; {@code words} is what the service itself said, in
     * one line ({@code code: message}). The bridge's own codes carry those words as their cause: an
     * error rebuilt from an answer's code only holds placeholders where the answer had real values.
     */
    public DomainError refused(DomainError refusal, String endpoint, String words) {
        return switch (this) {
            case RESOURCE_MANAGER -> refusal;
            case LOGIN -> BridgeClassifier.login(endpoint, words);
            case USAGE -> {
                DomainError named = BridgeClassifier.usageRejection(endpoint, refusal);
                yield named instanceof Unauthorized ? new Unauthorized(endpoint, words) : named;
            }
        };
    }
}
