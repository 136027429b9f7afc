package io.stackbridge.application.port.out;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Consumer;

/** Azure commerce's ledger: the batches accepted so far and the entries they booked, each record key once. */
public interface UsageLedgerPort {

    /** The batch accepted under this ID, if any. */
    Option<UsageBatch> batch(BatchId id);

    /**
     * Those of {@code keys} whose record was already booked, by any batch: a batch's keys are looked up
     * together (none, some or all of them; an empty set when none is booked).
     */
    Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys);

    /**
     * Books an accepted batch, the time it arrived and its entries together: the batch is listed with
     * that time even when it booked no entry (an earlier batch had booked all its records).
     */
    void record(UsageBatch batch, Instant arrivedAt, Seq<LedgerEntry> entries);

    /**
     * Hands every booked entry to {@code visitor}, in booking order, one at a time: a ledger of a
     * million entries is read without holding them all at once.
     */
    void forEachEntry(Consumer<? super LedgerEntry> visitor);

    /** Hands every accepted batch's summary to {@code visitor}, in the order they were accepted, one at a time. */
    void forEachBatch(Consumer<? super ReceivedBatch> visitor);

    /**
     * One page of the accepted batches (those {@code cloudId} sent, any when empty), in the order they
     * were accepted, after skipping {@code skip}, at most {@code limit}, and how many match in all. This
     * one reads every batch's summary; a store that can find a page without doing so answers it itself.
     */
    default ReceivedBatches batches(Option<CloudId> cloudId, long skip, int limit) {
        java.util.List<ReceivedBatch> page = new ArrayList<>();
        long[] matched = {0};
        forEachBatch(batch -> {
            if (cloudId.forAll(batch.cloudId()::equals)) {
                long position = matched[0]++;
                if (position >= skip && page.size() < limit) {
                    page.add(batch);
                }
            }
        });
        return new ReceivedBatches(matched[0], List.ofAll(page));
    }
}
