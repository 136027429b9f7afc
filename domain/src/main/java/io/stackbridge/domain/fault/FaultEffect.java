package io.stackbridge.domain.fault;

import io.stackbridge.domain.error.ErrorCode;

import java.time.Duration;
import java.util.Objects;

/**
 * What a fired fault rule does. In process, every effect surfaces as the failure the HTTP client
 * would classify the same fault as over the wire, so one rule file behaves alike in both shapes.
 */
public sealed interface FaultEffect {

    /** Answer with this error code instead of serving the call. */
    record ReturnError(ErrorCode code) implements FaultEffect {
        public ReturnError {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Serve the call normally, after a delay. */
    record Delay(Duration delay) implements FaultEffect {
        public Delay {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("a delay is zero or more: " + delay);
            }
        }
    }

    /** The subscription directory behind tenant onboarding fails (seen as MetadataResolverBadGatewayError). */
    record MetadataResolverFailure() implements FaultEffect {
    }

    /** The service's clock is off by {@code offset} while it serves the call. */
    record ShiftClock(Duration offset) implements FaultEffect {
        public ShiftClock {
            Objects.requireNonNull(offset, "offset");
        }
    }

    /** The service cannot be reached at all (no route, refused). */
    record Unreachable() implements FaultEffect {
    }

    /** The service takes the call but answers too late for any caller's timeout. */
    record Slow() implements FaultEffect {
    }

    /** Something intercepts TLS and presents a certificate the caller does not trust. */
    record UntrustedCertificate() implements FaultEffect {
    }

    /** The connection is reset before an answer (over the wire; in process: unreachable). */
    record ResetConnection() implements FaultEffect {
    }

    /** The connection closes without any answer (over the wire; in process: unreachable). */
    record EmptyResponse() implements FaultEffect {
    }

    /** The answer stops halfway through its body (over the wire; in process: unreachable). */
    record PartialBody() implements FaultEffect {
    }
}
