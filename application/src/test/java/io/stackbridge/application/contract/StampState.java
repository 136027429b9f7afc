package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.bridge.BridgeHealth;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.Stamp;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.UnaryOperator;

/**
 * The stack side's state for scenarios and service tests: the stamp, its activation, the bridge's
 * outbox and health. {@link #inMemory} gives simple doubles (the real adapters pass their own contracts).
 */
public record StampState(StampStorePort stamps, ActivationStorePort activations, UsageOutboxPort outbox, BridgeHealthPort health) {

    public static StampState inMemory(Stamp stamp) {
        return new StampState(new Stamps(stamp), new Activations(), new Outbox(), new Health());
    }

    /** The stamp, as last saved. */
    static final class Stamps implements StampStorePort {
        private Stamp stamp;

        Stamps(Stamp stamp) {
            this.stamp = stamp;
        }

        public synchronized Stamp stamp() {
            return stamp;
        }

        public synchronized void save(Stamp changed) {
            stamp = changed;
        }
    }

    /** The activation, if one is applied. */
    static final class Activations implements ActivationStorePort {
        private Option<Activation> current = Option.none();

        public synchronized Option<Activation> current() {
            return current;
        }

        public synchronized void save(Activation activation) {
            current = Option.some(activation);
        }

        public synchronized void clear() {
            current = Option.none();
        }
    }

    /** Pending records, oldest hour then key first; sent keys are remembered. */
    static final class Outbox implements UsageOutboxPort {
        private List<UsageRecord> pending = List.empty();
        private List<String> sent = List.empty();

        public synchronized void enqueue(Seq<UsageRecord> records) {
            List<String> known = sent.appendAll(pending.map(record -> record.key().canonical()));
            pending = pending.appendAll(records.filter(record -> !known.contains(record.key().canonical())).distinctBy(UsageRecord::key))
                    .sorted(Comparator.comparing((UsageRecord record) -> record.window().start()).thenComparing(r -> r.key().canonical()));
        }

        public synchronized List<UsageRecord> oldestPending(int max) {
            return pending.take(max);
        }

        public synchronized void markSent(BatchId batch, Seq<UsageRecordKey> keys) {
            List<String> confirmed = keys.map(UsageRecordKey::canonical).toList();
            pending = pending.filter(record -> !confirmed.contains(record.key().canonical()));
            sent = sent.appendAll(confirmed);
        }

        public synchronized int pendingCount() {
            return pending.size();
        }

        public synchronized Option<Instant> oldestPendingHour() {
            return pending.headOption().map(record -> record.window().start());
        }
    }

    /** The bridge's health, as last saved. */
    static final class Health implements BridgeHealthPort {
        private BridgeHealth health = BridgeHealth.NEW;

        public synchronized BridgeHealth read() {
            return health;
        }

        public synchronized BridgeHealth update(UnaryOperator<BridgeHealth> change) {
            health = change.apply(health);
            return health;
        }
    }
}
