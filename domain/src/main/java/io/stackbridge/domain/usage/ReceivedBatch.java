package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.CloudId;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * One batch the ledger accepted, without its records: who sent it, how many records it carried,
 * how many of them it booked (the others an earlier batch had booked), and when it was first seen:
 * the time it arrived, booked records or not. Only a batch that booked nothing and was accepted
 * before the ledger kept arrival times (a data directory older than schema version 8) has none.
 */
public record ReceivedBatch(BatchId id, CloudId cloudId, int records, int booked, Option<Instant> firstSeen) {

    public ReceivedBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(firstSeen, "firstSeen");
        if (records < 1 || booked < 0 || booked > records) {
            throw new IllegalArgumentException("a batch carries at least one record and books at most all of them");
        }
    }
}
