package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * An outbox that hands every call to {@code outbox}, and lets a test see each enqueue: {@code before}
 * runs first (to record it), {@code after} once the records are in (to fail there, as a killed process would).
 */
public record OutboxWatch(UsageOutboxPort outbox, Consumer<Seq<UsageRecord>> before, Consumer<Seq<UsageRecord>> after)
        implements UsageOutboxPort {

    @Override
    public void enqueue(Seq<UsageRecord> records) {
        before.accept(records);
        outbox.enqueue(records);
        after.accept(records);
    }

    @Override
    public List<UsageRecord> oldestPending(int max) {
        return outbox.oldestPending(max);
    }

    @Override
    public void markSent(BatchId batch, Seq<UsageRecordKey> keys) {
        outbox.markSent(batch, keys);
    }

    @Override
    public int pendingCount() {
        return outbox.pendingCount();
    }

    @Override
    public Option<Instant> oldestPendingHour() {
        return outbox.oldestPendingHour();
    }
}
