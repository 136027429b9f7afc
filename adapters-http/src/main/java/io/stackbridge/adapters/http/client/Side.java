package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;

import java.time.Duration;

/**
 * Which Azure service a client talks to, and so how its failures are named, exactly as the
 * in-process fake names them: Resource Manager refusals keep their codes, every sign-in failure
 * is a LoginError, and a usage refusal of the bridge's identity is Unauthorized.
 */
enum Side {
    RESOURCE_MANAGER, LOGIN, USAGE;

    /** No (readable) answer came: unreachable, too slow, or an untrusted certificate. */
    DomainError unanswered(WireFailure failure, String endpoint, Duration timeout) {
        return this == LOGIN
                ? BridgeClassifier.login(endpoint, failure.cause())
                : BridgeClassifier.transport(failure.failure(), endpoint, timeout, failure.cause());
    }

    /**
     * The service answered with an error. {@link BridgeClassifier} decides the code; a bridge code's
     * cause is the server's own line, whose values are the real ones where the error rebuilt from
     * its code can only hold placeholders (a clock skew's two times, say).
     */
    DomainError refused(Refusal refusal, String endpoint) {
        return switch (this) {
            case RESOURCE_MANAGER -> refusal.error();
            case LOGIN -> BridgeClassifier.login(endpoint, refusal.line());
            case USAGE -> {
                DomainError named = BridgeClassifier.usageRejection(endpoint, refusal.error());
                yield named instanceof BridgeError.Unauthorized ? new BridgeError.Unauthorized(endpoint, refusal.line()) : named;
            }
        };
    }
}
