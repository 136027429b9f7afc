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
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Azure commerce's ledger, in memory: accepted batches, the record keys they booked and their
 * entries, always booked together, kept compact (see {@link CompactLedger}) so that a million
 * booked records fit in well under 300 MB of heap.
 */
@Singleton
public final class InMemoryUsageLedger implements UsageLedgerPort, Resettable {

    /** Rows read under the lock at a time by {@link #forEachEntry}. */
    static final int CHUNK_ROWS = 4096;

    private final CompactLedger ledger = new CompactLedger();
    private long resets;

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

    /**
     * Reads the entries a few thousand rows at a time and hands them over outside the lock, so that a long
     * read (the portal's chart polls a million entries) never holds up a push for more than one chunk. It
     * sees every batch booked before it reads its last chunk, each whole (a batch is booked under the
     * lock, rows are only appended); a reset meanwhile ends it with what it had read.
     */
    @Override
    public void forEachEntry(Consumer<? super LedgerEntry> visitor) {
        long generation;
        synchronized (this) {
            generation = resets;
        }
        java.util.List<LedgerEntry> chunk = new ArrayList<>();
        int next = 0;
        boolean more = true;
        while (more) {
            chunk.clear();
            synchronized (this) {
                if (resets != generation) {
                    return;
                }
                next = ledger.forEachEntry(next, CHUNK_ROWS, chunk::add);
                more = next < ledger.rows();
            }
            chunk.forEach(visitor);
        }
    }

    @Override
    public synchronized void forEachBatch(Consumer<? super ReceivedBatch> visitor) {
        ledger.forEachBatch(visitor);
    }

    @Override
    public synchronized void reset() {
        ledger.clear();
        resets++;
    }
}
