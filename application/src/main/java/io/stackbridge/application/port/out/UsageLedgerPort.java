package io.stackbridge.application.port.out;

import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

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

    /** Books an accepted batch and its entries together. */
    void record(UsageBatch batch, Seq<LedgerEntry> entries);

    /**
     * Hands every booked entry to {@code visitor}, in booking order, one at a time: a ledger of a
     * million entries is read without holding them all at once.
     */
    void forEachEntry(Consumer<? super LedgerEntry> visitor);

    /** Hands every accepted batch's summary to {@code visitor}, in the order they were accepted, one at a time. */
    void forEachBatch(Consumer<? super ReceivedBatch> visitor);
}
