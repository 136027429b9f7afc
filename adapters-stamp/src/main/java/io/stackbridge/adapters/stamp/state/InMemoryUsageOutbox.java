package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
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
    private final Set<String> keys = new HashSet<>();

    @Inject
    public InMemoryUsageOutbox() {
    }

    @Override
    public synchronized void enqueue(Seq<UsageRecord> records) {
        records.filter(record -> keys.add(record.key().canonical())).forEach(record -> pending.put(Position.of(record), record));
    }

    @Override
    public synchronized List<UsageRecord> oldestPending(int max) {
        return List.ofAll(pending.values()).take(Math.max(max, 0));
    }

    @Override
    public synchronized void markSent(BatchId batch, Seq<UsageRecordKey> sent) {
        Set<String> confirmed = new HashSet<>(sent.map(UsageRecordKey::canonical).toJavaList());
        pending.entrySet().removeIf(entry -> confirmed.contains(entry.getKey().key()));
        keys.addAll(confirmed);
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
