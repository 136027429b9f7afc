package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;

import java.time.Instant;
import java.util.Objects;

/** One usage record as Azure commerce booked it: which batch brought it, and which subscription pays. */
public record LedgerEntry(BatchId batchId, RegistrationKey registration, SubscriptionId billedTo, UsageRecord record,
                          Instant receivedAt) {

    public LedgerEntry {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(billedTo, "billedTo");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
