package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An outbox for tests that only need to see what was enqueued (nothing is ever sent). */
public final class ListOutbox implements UsageOutboxPort {

    private final Map<UsageRecordKey, UsageRecord> pending = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(Seq<UsageRecord> records) {
        records.forEach(record -> pending.putIfAbsent(record.key(), record));
    }

    @Override
    public synchronized List<UsageRecord> oldestPending(int max) {
        return List.ofAll(pending.values()).sortBy(record -> record.window().start()).take(max);
    }

    @Override
    public synchronized void markSent(BatchId batch, Seq<UsageRecordKey> keys) {
        keys.forEach(pending::remove);
    }

    @Override
    public synchronized int pendingCount() {
        return pending.size();
    }

    @Override
    public synchronized Option<Instant> oldestPendingHour() {
        return oldestPending(1).headOption().map(record -> record.window().start());
    }
}
