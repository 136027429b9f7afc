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

import java.time.Duration;
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
 *
 * <p>An outbox made {@link #keepingHoursWithin keeping only a window} is for a stamp whose outbox no
 * bridge drains (the one {@code serve} hosts): it keeps the usage hours within the window before the
 * newest hour it was given; records of older hours leave it unsent, or are refused when they come, and
 * are counted as {@link #dropped() dropped}; the keys remembered as sent are forgotten with their hour.
 * Within its window it is an outbox like any other, and its size no longer grows with time.
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

    /** How far back from the newest hour records are kept; none keeps every hour. */
    private final Option<Duration> window;
    private final TreeMap<Position, UsageRecord> pending = new TreeMap<>();
    /** Where each pending record sorts, by its key's canonical text: a confirmed key is removed without a scan. */
    private final Map<String, Position> pendingPositions = new HashMap<>();
    /** The keys confirmed sent, by usage hour (so that a window forgets them with their hour): never enqueued again. */
    private final TreeMap<Instant, Set<String>> sentByHour = new TreeMap<>();
    /** The first usage hour still kept: records of earlier hours are dropped. */
    private Instant floor = Instant.MIN;
    private long dropped;

    /** An outbox that keeps every record until it is sent. */
    @Inject
    public InMemoryUsageOutbox() {
        this(Option.none());
    }

    private InMemoryUsageOutbox(Option<Duration> window) {
        this.window = window;
    }

    /** An outbox that keeps only the usage hours within {@code window} of the newest hour it was given. */
    public static InMemoryUsageOutbox keepingHoursWithin(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the outbox's window must be positive: " + window);
        }
        return new InMemoryUsageOutbox(Option.some(window));
    }

    @Override
    public synchronized void enqueue(Seq<UsageRecord> records) {
        window.forEach(kept -> records.map(record -> record.window().start()).max()
                .forEach(newest -> moveFloorTo(newest.minus(kept))));
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

    /** Records that left the outbox unsent, or were refused, because their hour was older than the window (0 without one). */
    public synchronized long dropped() {
        return dropped;
    }

    private boolean wasSent(Position position) {
        Set<String> sent = sentByHour.get(position.hour());
        return sent != null && sent.contains(position.key());
    }

    /** Moves the floor up to {@code candidate}, dropping what falls below it. */
    private void moveFloorTo(Instant candidate) {
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
