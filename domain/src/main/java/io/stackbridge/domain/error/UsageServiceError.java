package io.stackbridge.domain.error;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.usage.BatchId;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * Why the Azure usage service refused a pushed batch. The three 401 codes are what the bridge
 * classifies as {@code Unauthorized}.
 */
public sealed interface UsageServiceError extends DomainError {

    /** No registration in Azure carries the stamp's cloud ID: it was deleted, or never created. */
    record CloudNotRegistered(CloudId cloudId) implements UsageServiceError {
        public List<Object> arguments() {
            return List.of(cloudId);
        }

        public Option<String> target() {
            return Option.some("cloudId");
        }
    }

    /** The registration was re-created for another principal since the stamp was activated. */
    record RegistrationModified(CloudId cloudId, ObjectId registeredObjectId, ObjectId presentedObjectId)
            implements UsageServiceError {
        public List<Object> arguments() {
            return List.of(cloudId, registeredObjectId, presentedObjectId);
        }
    }

    /** The stamp's {@code x-ms-date} is more than five minutes away from the service's clock. */
    record ClockSkewTooLarge(Instant stampTime, Instant serviceTime) implements UsageServiceError {
        public List<Object> arguments() {
            return List.of(stampTime, serviceTime);
        }

        public Option<String> target() {
            return Option.some("x-ms-date");
        }
    }

    /** The batch ID was already used for different content. */
    record BatchIdConflict(BatchId batchId) implements UsageServiceError {
        public List<Object> arguments() {
            return List.of(batchId);
        }

        public Option<String> target() {
            return Option.some("batchId");
        }
    }
}
