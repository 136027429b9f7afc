package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.bridge.TransportFailure;
import io.stackbridge.domain.error.DomainError;

import java.time.Duration;
import java.util.Objects;

/**
 * How one stack-side port names what went wrong, as the HTTP client will for the same endpoint:
 * Resource Manager refusals keep their codes, every sign-in failure is a LoginError, and a usage
 * refusal of the bridge's identity is Unauthorized.
 */
record FailureNaming(Side side, String endpoint) {

    /** Which Azure service the port talks to. */
    enum Side { RESOURCE_MANAGER, LOGIN, USAGE }

    FailureNaming {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    static FailureNaming resourceManager(String endpoint) {
        return new FailureNaming(Side.RESOURCE_MANAGER, endpoint);
    }

    static FailureNaming login(String endpoint) {
        return new FailureNaming(Side.LOGIN, endpoint);
    }

    static FailureNaming usage(String endpoint) {
        return new FailureNaming(Side.USAGE, endpoint);
    }

    /** No answer came: unreachable, too slow, or an untrusted certificate. */
    DomainError transport(TransportFailure failure, Duration timeout, String cause) {
        return side == Side.LOGIN
                ? BridgeClassifier.login(endpoint, cause)
                : BridgeClassifier.transport(failure, endpoint, timeout, cause);
    }

    /** The service answered with an error. */
    DomainError refusal(DomainError error) {
        return switch (side) {
            case RESOURCE_MANAGER -> error;
            case LOGIN -> BridgeClassifier.loginRefused(endpoint, error);
            case USAGE -> BridgeClassifier.usageRejection(endpoint, error);
        };
    }
}
