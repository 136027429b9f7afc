package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bridge's outbox in memory: pending records ordered by usage hour, then by the key's canonical
 * text, and the keys already sent (so a confirmed record never comes back). Every operation holds
 * one lock, so a batch is marked sent all at once. Lost with the process: the durable outbox is SQLite's.
 */
@Singleton
public final class InMemoryUsageOutbox implements UsageOutboxPort {

    /** Where a pending record sorts: its hour, then its key's canonical text. */
    private record Position(Instant hour, String key) implements Comparable<Position> {
        static Position of(UsageRecord record) {
            return new Position(record.window().start(), record.key().canonical());
        }

        @Override
        public int compareTo(Position other) {
            int byHour = hour.compareTo(other.hour);
            return byHour != 0 ? byHour : key.compareTo(other.key);
        }
    }

    private final TreeMap<Position, UsageRecord> pending = new TreeMap<>();
    /** Where each pending record sorts, by its key's canonical text: a confirmed key is removed without a scan. */
    private final Map<String, Position> pendingPositions = new HashMap<>();
    /** The keys confirmed sent: never enqueued again. */
    private final Set<String> sent = new HashSet<>();

    @Inject
    public InMemoryUsageOutbox() {
    }

    @Override
    public synchronized void enqueue(Seq<UsageRecord> records) {
        for (UsageRecord record : records) {
            String key = record.key().canonical();
            if (!sent.contains(key) && !pendingPositions.containsKey(key)) {
                Position position = Position.of(record);
                pendingPositions.put(key, position);
                pending.put(position, record);
            }
        }
    }

    /** The first {@code max} pending records, read in order without copying the rest. */
    @Override
    public synchronized List<UsageRecord> oldestPending(int max) {
        return List.ofAll(Iterator.ofAll(pending.values().iterator()).take(Math.max(max, 0)));
    }

    /** Each confirmed key removed by its position: proportional to the batch, not to the outbox. */
    @Override
    public synchronized void markSent(BatchId batch, Seq<UsageRecordKey> confirmed) {
        for (UsageRecordKey each : confirmed) {
            String key = each.canonical();
            Position position = pendingPositions.remove(key);
            if (position != null) {
                pending.remove(position);
            }
            sent.add(key);
        }
    }

    @Override
    public synchronized int pendingCount() {
        return pending.size();
    }

    @Override
    public synchronized Option<Instant> oldestPendingHour() {
        Map.Entry<Position, UsageRecord> first = pending.firstEntry();
        return first == null ? Option.none() : Option.some(first.getKey().hour());
    }
}
