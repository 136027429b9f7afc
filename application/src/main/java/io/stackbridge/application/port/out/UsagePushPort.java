package io.stackbridge.application.port.out;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * How the bridge pushes a usage batch to the Azure usage service. A refusal of the bridge's identity
 * (401/403) is {@code Unauthorized}; transport failures are {@code NetworkError},
 * {@code RequestTimedOut} or {@code CertificateValidationError}; throttling is a retryable
 * {@code ServiceUnavailable}; any other refusal keeps its own code.
 */
public interface UsagePushPort {

    /** One push: the batch, the bearer token, and the stamp's own time (sent as {@code x-ms-date}). */
    record UsagePush(URI usageEndpoint, UsageBatch batch, String accessToken, Instant stampTime) {
        public UsagePush {
            Objects.requireNonNull(usageEndpoint, "usageEndpoint");
            Objects.requireNonNull(batch, "batch");
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(stampTime, "stampTime");
        }

        /** Everything but the access token, which is never printed. */
        @Override
        public String toString() {
            return "UsagePush[" + usageEndpoint + ", " + batch.id() + ", " + stampTime + ", access token ***]";
        }
    }

    /** The service's acknowledgement; {@code alreadyReceived} when it was an identical resend, counted once. */
    record PushReceipt(BatchId batchId, int records, boolean alreadyReceived) {
    }

    Either<DomainError, PushReceipt> push(UsagePush push);
}
