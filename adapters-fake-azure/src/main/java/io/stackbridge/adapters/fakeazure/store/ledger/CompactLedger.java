package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ledger's state in compact form: each accepted batch as a range of {@link LedgerRows rows}
 * (its records, in order; those it booked carry their booking), and the booked keys as
 * {@link BookedKeys packed longs}. A batch comes back equal to the one accepted, an entry equal to
 * the one booked. Not thread-safe: the port that owns it serialises the calls.
 */
public final class CompactLedger {

    private record BatchRows(CloudId cloudId, Instant arrivedAt, int first, int count) {
    }

    /** An entry to book and its record's packed key. */
    private record Booked(LedgerEntry entry, long packedKey) {
    }

    private final Map<BatchId, BatchRows> batches = new LinkedHashMap<>();
    private final LedgerRows rows = new LedgerRows();
    private final BookedKeys booked = new BookedKeys();

    public Option<UsageBatch> batch(BatchId id) {
        BatchRows found = batches.get(id);
        if (found == null) {
            return Option.none();
        }
        ArrayList<UsageRecord> records = new ArrayList<>(found.count());
        for (int row = found.first(); row < found.first() + found.count(); row++) {
            records.add(rows.record(row));
        }
        return Option.some(new UsageBatch(id, found.cloudId(), List.ofAll(records)));
    }

    public Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys) {
        ArrayList<UsageRecordKey> found = new ArrayList<>();
        for (UsageRecordKey key : keys) {
            long packed = rows.knownPackedKey(key);
            if (packed != 0 && booked.contains(packed)) {
                found.add(key);
            }
        }
        return found.isEmpty() ? HashSet.empty() : HashSet.ofAll(found);
    }

    /**
     * Keeps the batch's records and books the entries, each of which is one of the batch's records
     * (by key) whose key no batch booked yet. A call that breaks this books nothing (the record
     * series it named may stay known, which only numbers them). The batch keeps the time it arrived.
     */
    public void record(UsageBatch batch, Instant arrivedAt, Seq<LedgerEntry> entries) {
        if (batches.containsKey(batch.id())) {
            throw new IllegalStateException("batch " + batch.id() + " was already accepted");
        }
        Map<UsageRecordKey, Booked> byKey = new HashMap<>(entries.size() * 2);
        for (LedgerEntry entry : entries) {
            UsageRecordKey key = entry.record().key();
            long packed = rows.packedKey(key);
            if (booked.contains(packed) || byKey.put(key, new Booked(entry, packed)) != null) {
                throw new IllegalStateException("record " + key.canonical() + " is already booked");
            }
        }
        List<UsageRecord> records = batch.records();
        Booked[] bookings = new Booked[records.size()];
        int matched = 0;
        int position = 0;
        for (UsageRecord record : records) {
            bookings[position] = byKey.get(record.key());
            matched += bookings[position++] == null ? 0 : 1;
        }
        if (matched != entries.size()) {
            throw new IllegalArgumentException("an entry books a record its batch does not carry");
        }
        int first = rows.size();
        position = 0;
        for (UsageRecord record : records) {
            Booked booking = bookings[position++];
            if (booking != null) {
                booked.add(booking.packedKey());
            }
            rows.append(record, booking == null ? null : booking.entry());
        }
        batches.put(batch.id(), new BatchRows(batch.cloudId(), arrivedAt, first, records.size()));
    }

    /** Every booked entry, in booking order. */
    public void forEachEntry(Consumer<? super LedgerEntry> visitor) {
        forEachEntry(0, Integer.MAX_VALUE, visitor);
    }

    /**
     * The booked entries among at most {@code most} rows from row {@code first}, in booking order; answers
     * the row after the last one read ({@link #rows()} when none is left). Rows are only ever appended,
     * until {@link #clear()}: a reader can go on from there later.
     */
    public int forEachEntry(int first, int most, Consumer<? super LedgerEntry> visitor) {
        int end = (int) Math.min(rows.size(), (long) first + most);
        for (int row = first; row < end; row++) {
            if (rows.booked(row)) {
                visitor.accept(rows.entry(row));
            }
        }
        return Math.max(first, end);
    }

    /** How many record rows the ledger holds, booked or not. */
    public int rows() {
        return rows.size();
    }

    /** Every accepted batch, in the order accepted, with the time it arrived: its booked rows are counted. */
    public void forEachBatch(Consumer<? super ReceivedBatch> visitor) {
        batches.forEach((id, found) -> {
            int booked = 0;
            for (int row = found.first(); row < found.first() + found.count(); row++) {
                booked += rows.booked(row) ? 1 : 0;
            }
            visitor.accept(new ReceivedBatch(id, found.cloudId(), found.count(), booked, Option.some(found.arrivedAt())));
        });
    }

    public void clear() {
        batches.clear();
        rows.clear();
        booked.clear();
    }
}
