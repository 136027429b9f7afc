package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.adapters.fakeazure.store.ledger.CompactLedger;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Azure commerce's ledger, in memory: accepted batches, the record keys they booked and their
 * entries, always booked together, kept compact (see {@link CompactLedger}) so that a million
 * booked records fit in well under 300 MB of heap.
 */
@Singleton
public final class InMemoryUsageLedger implements UsageLedgerPort, Resettable {

    private final CompactLedger ledger = new CompactLedger();

    @Inject
    public InMemoryUsageLedger() {
    }

    @Override
    public synchronized Option<UsageBatch> batch(BatchId id) {
        return ledger.batch(id);
    }

    @Override
    public synchronized Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys) {
        return ledger.bookedAmong(keys);
    }

    @Override
    public synchronized void record(UsageBatch batch, Instant arrivedAt, Seq<LedgerEntry> newEntries) {
        ledger.record(batch, arrivedAt, newEntries);
    }

    @Override
    public synchronized void forEachEntry(Consumer<? super LedgerEntry> visitor) {
        ledger.forEachEntry(visitor);
    }

    @Override
    public synchronized void forEachBatch(Consumer<? super ReceivedBatch> visitor) {
        ledger.forEachBatch(visitor);
    }

    @Override
    public synchronized void reset() {
        ledger.clear();
    }
}
