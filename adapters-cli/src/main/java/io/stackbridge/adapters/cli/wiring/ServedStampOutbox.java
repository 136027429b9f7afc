package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outbox of the stamp {@code serve} hosts, bounded in time: no bridge drains it inside
 * {@code serve}, so it keeps only the usage hours of the last {@code window} before the newest hour
 * it was given (the hours the stamp simulates at start). Records of older hours leave it unsent, or
 * are refused when they come, and are counted as dropped; the keys it remembers as sent are forgotten
 * with their hour. Within the window it is an outbox like any other: pending records oldest hour
 * first, then by key, each key once, a confirmed key never back. Its size no longer grows with the
 * time {@code serve} runs; the stamp's local usage API keeps every record (it reads the usage store).
 */
final class ServedStampOutbox implements UsageOutboxPort {

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

    private final Duration window;
    private final TreeMap<Position, UsageRecord> pending = new TreeMap<>();
    private final Map<String, Position> pendingPositions = new HashMap<>();
    /** The keys confirmed sent, by usage hour, so that they are forgotten with it. */
    private final TreeMap<Instant, Set<String>> sentByHour = new TreeMap<>();
    /** The first usage hour still kept: records of earlier hours are dropped. */
    private Instant floor = Instant.MIN;
    private long dropped;

    ServedStampOutbox(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the outbox's window must be positive: " + window);
        }
        this.window = window;
    }

    @Override
    public synchronized void enqueue(Seq<UsageRecord> records) {
        records.map(record -> record.window().start()).max().forEach(this::moveFloorFor);
        for (UsageRecord record : records) {
            Position position = Position.of(record);
            if (position.hour().isBefore(floor)) {
                dropped++;
            } else if (!pendingPositions.containsKey(position.key()) && !wasSent(position)) {
                pendingPositions.put(position.key(), position);
                pending.put(position, record);
            }
        }
    }

    @Override
    public synchronized List<UsageRecord> oldestPending(int max) {
        return List.ofAll(Iterator.ofAll(pending.values().iterator()).take(Math.max(max, 0)));
    }

    @Override
    public synchronized void markSent(BatchId batch, Seq<UsageRecordKey> confirmed) {
        for (UsageRecordKey each : confirmed) {
            String key = each.canonical();
            Position position = pendingPositions.remove(key);
            if (position != null) {
                pending.remove(position);
            }
            if (!each.window().start().isBefore(floor)) {
                sentByHour.computeIfAbsent(each.window().start(), hour -> new HashSet<>()).add(key);
            }
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

    /** Records that left the outbox unsent, or were refused, because their hour was older than the window. */
    synchronized long dropped() {
        return dropped;
    }

    private boolean wasSent(Position position) {
        Set<String> sent = sentByHour.get(position.hour());
        return sent != null && sent.contains(position.key());
    }

    /** Moves the floor up to {@code window} before {@code newestHour}, dropping what falls below it. */
    private void moveFloorFor(Instant newestHour) {
        Instant candidate = newestHour.minus(window);
        if (!candidate.isAfter(floor)) {
            return;
        }
        floor = candidate;
        Map<Position, UsageRecord> below = pending.headMap(new Position(floor, ""));
        dropped += below.size();
        below.keySet().forEach(position -> pendingPositions.remove(position.key()));
        below.clear();
        sentByHour.headMap(floor).clear();
    }
}
