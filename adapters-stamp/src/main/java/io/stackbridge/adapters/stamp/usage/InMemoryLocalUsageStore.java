package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The stamp's usage database in memory: records sorted by reported time (so a period is one range
 * read) and the set of stored keys (so a key is kept once, the first record winning). Readers share
 * a lock; an append holds it alone, so each append is seen whole or not at all.
 */
@Singleton
public final class InMemoryLocalUsageStore implements LocalUsageStorePort {

    private final TreeMap<StoreOrder, UsageRecord> records = new TreeMap<>();
    private final java.util.Set<UsageRecordKey> keys = new HashSet<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    @Inject
    public InMemoryLocalUsageStore() {
    }

    @Override
    public void append(Seq<UsageRecord> more) {
        lock.writeLock().lock();
        try {
            for (UsageRecord record : more) {
                if (keys.add(record.key())) {
                    records.put(StoreOrder.of(record), record);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<UsageRecord> reportedBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.empty();
        }
        lock.readLock().lock();
        try {
            return List.ofAll(records.subMap(StoreOrder.first(from), StoreOrder.first(to)).values());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The records of the period read in order until the first of those subscriptions, without copying the rest. */
    @Override
    public Option<Instant> firstReportedBetween(Instant from, Instant to, Set<SubscriptionId> subscriptions) {
        if (!from.isBefore(to)) {
            return Option.none();
        }
        lock.readLock().lock();
        try {
            for (UsageRecord record : records.subMap(StoreOrder.first(from), StoreOrder.first(to)).values()) {
                if (subscriptions.contains(record.subscriptionId())) {
                    return Option.some(record.reportedAt());
                }
            }
            return Option.none();
        } finally {
            lock.readLock().unlock();
        }
    }
}
