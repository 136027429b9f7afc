package io.stackbridge.application.port.in.usage;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.Objects;

/**
 * The usage service receiving a bridge's batch: checks who sends it, then books each record against
 * the tenant's customer subscription or the registration's own. Idempotent by batch ID.
 */
public interface AcceptUsageBatchUseCase {

    /** A batch with the bearer token that came with it and the stamp's {@code x-ms-date}. */
    record Submission(UsageBatch batch, String bearerToken, Instant stampTime) {
        public Submission {
            Objects.requireNonNull(batch, "batch");
            Objects.requireNonNull(bearerToken, "bearerToken");
            Objects.requireNonNull(stampTime, "stampTime");
        }

        /** Everything but the bearer token, which is never printed. */
        @Override
        public String toString() {
            return "Submission[" + batch.id() + ", " + stampTime + ", bearer token ***]";
        }
    }

    /** What was accepted; {@code alreadyReceived} for an identical resend, which is not counted again. */
    record Receipt(BatchId batchId, int records, boolean alreadyReceived) {
    }

    Either<DomainError, Receipt> accept(Submission submission);
}
