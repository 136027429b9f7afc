package io.stackbridge.application.port.out;

import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * The bridge's durable outbox: usage waiting to reach Azure. A record leaves it only once Azure
 * confirmed the batch that carried it; until then a crash or a restart sends it again (Azure counts
 * each record key once).
 */
public interface UsageOutboxPort {

    /** Adds records to send; a record whose key is already in the outbox, or was already sent, is ignored. */
    void enqueue(Seq<UsageRecord> records);

    /** Up to {@code max} unsent records, oldest usage hour first (then by key), the same order every time. */
    List<UsageRecord> oldestPending(int max);

    /** Marks the records of a confirmed batch as sent, in one step. */
    void markSent(BatchId batch, Seq<UsageRecordKey> keys);

    int pendingCount();

    /** The start of the oldest unsent usage hour. */
    Option<Instant> oldestPendingHour();
}
