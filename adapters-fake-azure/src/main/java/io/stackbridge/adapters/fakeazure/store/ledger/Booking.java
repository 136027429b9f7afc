package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;

import java.time.Instant;

/** What the entries of one batch share: the batch that brought them, the registration, and when they were received. */
record Booking(BatchId batchId, RegistrationKey registration, Instant receivedAt) {

    static Booking of(LedgerEntry entry) {
        return new Booking(entry.batchId(), entry.registration(), entry.receivedAt());
    }

    /** The exact text of every part: two bookings are shared only when they were written alike. */
    Object spelling() {
        return io.vavr.collection.List.of(batchId.value(), registration.subscriptionId().value(), registration.resourceGroup().value(),
                registration.name().value(), receivedAt);
    }
}
