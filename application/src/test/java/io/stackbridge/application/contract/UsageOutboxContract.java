package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.stackbridge.application.contract.StoredRecords.BASE_VM;
import static io.stackbridge.application.contract.StoredRecords.DAY;
import static io.stackbridge.application.contract.StoredRecords.FIRST;
import static io.stackbridge.application.contract.StoredRecords.SECOND;
import static io.stackbridge.application.contract.StoredRecords.at;
import static io.stackbridge.application.contract.StoredRecords.hours;
import static io.stackbridge.application.contract.StoredRecords.oldestFirst;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every bridge outbox promises ({@link UsageOutboxPort}): idempotent by record key, pending
 * records oldest usage hour first then by the key's canonical text, a batch marked sent at once,
 * a sent record never pending again. Run by one subclass per adapter.
 */
public abstract class UsageOutboxContract {

    protected UsageOutboxPort outbox;

    /** A fresh, empty outbox; called once per test (a subclass closes what it opened in its own {@code @AfterEach}). */
    protected abstract UsageOutboxPort createOutbox();

    @BeforeEach
    void freshOutbox() {
        outbox = createOutbox();
    }

    @Test
    void an_empty_outbox_has_nothing_pending() {
        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.oldestPending(10)).isEmpty();
        assertThat(outbox.oldestPendingHour()).isEqualTo(Option.none());
    }

    @Test
    void enqueueing_a_record_twice_keeps_it_once() {
        List<UsageRecord> records = hours(3, "vm-0");

        outbox.enqueue(records);
        outbox.enqueue(records.append(records.head()));

        assertThat(outbox.pendingCount()).isEqualTo(3);
        assertThat(outbox.oldestPending(10)).containsExactlyElementsOf(records);
    }

    @Test
    void pending_records_come_oldest_hour_first_then_by_key_the_same_every_time() {
        List<UsageRecord> records = List.of(at(2, FIRST, BASE_VM, "vm-0", "1"), at(0, SECOND, BASE_VM, "vm-0", "1"),
                at(1, FIRST, BASE_VM, "vm-1", "1"), at(0, FIRST, BASE_VM, "vm-1", "1"), at(0, FIRST, BASE_VM, "vm-0", "1"));

        outbox.enqueue(records);

        assertThat(outbox.oldestPending(10)).containsExactlyElementsOf(oldestFirst(records))
                .startsWith(at(0, FIRST, BASE_VM, "vm-0", "1"), at(0, FIRST, BASE_VM, "vm-1", "1"), at(0, SECOND, BASE_VM, "vm-0", "1"));
        assertThat(outbox.oldestPending(10)).isEqualTo(outbox.oldestPending(10));
        assertThat(outbox.oldestPendingHour()).isEqualTo(Option.some(DAY));
    }

    @Test
    void a_page_holds_at_most_max_records_from_the_oldest() {
        List<UsageRecord> records = hours(5, "vm-0");
        outbox.enqueue(records.reverse());

        assertThat(outbox.oldestPending(2)).containsExactlyElementsOf(records.take(2));
        assertThat(outbox.oldestPending(0)).isEmpty();
        assertThat(outbox.oldestPending(50)).containsExactlyElementsOf(records);
    }

    @Test
    void marking_a_batch_sent_removes_exactly_its_records_and_moves_the_oldest_hour_on() {
        List<UsageRecord> records = hours(5, "vm-0");
        outbox.enqueue(records);

        outbox.markSent(BatchId.derivedFrom(records.take(2)), records.take(2).map(UsageRecord::key));

        assertThat(outbox.pendingCount()).isEqualTo(3);
        assertThat(outbox.oldestPending(10)).containsExactlyElementsOf(records.drop(2));
        assertThat(outbox.oldestPendingHour()).isEqualTo(Option.some(DAY.plus(Duration.ofHours(2))));
    }

    @Test
    void a_record_already_sent_is_never_enqueued_again() {
        List<UsageRecord> records = hours(3, "vm-0");
        outbox.enqueue(records);
        outbox.markSent(BatchId.derivedFrom(records), records.map(UsageRecord::key));

        outbox.enqueue(records.append(at(3, "vm-0")));

        assertThat(outbox.oldestPending(10)).containsExactly(at(3, "vm-0"));
        assertThat(outbox.oldestPendingHour()).isEqualTo(Option.some(DAY.plus(Duration.ofHours(3))));
    }

    @Test
    void marking_keys_that_are_not_pending_changes_nothing_else() {
        List<UsageRecord> records = hours(2, "vm-0");
        outbox.enqueue(records);

        outbox.markSent(BatchId.of("elsewhere"), List.of(at(9, "vm-9").key()));

        assertThat(outbox.oldestPending(10)).containsExactlyElementsOf(records);
    }

    @Test
    void readers_never_see_half_a_batch_marked_sent() throws Exception {
        List<UsageRecord> records = hours(200, "vm-0");
        outbox.enqueue(records);
        List<UsageRecordKey> batch = records.take(100).map(UsageRecord::key);
        AtomicBoolean marked = new AtomicBoolean();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();

        Concurrently.run(3, worker -> {
            if (worker == 0) {
                outbox.markSent(BatchId.derivedFrom(records.take(100)), batch);
                marked.set(true);
            } else {
                do {
                    seen.add(outbox.pendingCount());
                    seen.add(outbox.oldestPending(300).size());
                } while (!marked.get());
            }
        });

        assertThat(seen).isSubsetOf(200, 100);
        assertThat(outbox.pendingCount()).isEqualTo(100);
    }

    @Test
    void concurrent_enqueues_and_confirmations_lose_nothing_and_resend_nothing() throws Exception {
        List<UsageRecord> records = List.range(0, 120).map(index -> at(index % 40, FIRST, BASE_VM, "vm-" + index / 40, "1"));
        Set<UsageRecordKey> sent = ConcurrentHashMap.newKeySet();

        Concurrently.run(6, worker -> {
            if (worker < 3) {
                records.drop(worker * 30).take(60).grouped(7).forEach(outbox::enqueue);
            } else {
                while (sent.size() < 60) {
                    List<UsageRecord> page = outbox.oldestPending(5);
                    if (page.isEmpty()) {
                        Thread.onSpinWait();
                    } else {
                        outbox.markSent(BatchId.derivedFrom(page), page.map(UsageRecord::key));
                        sent.addAll(page.map(UsageRecord::key).toJavaList());
                    }
                }
            }
        });
        outbox.enqueue(records);

        List<UsageRecordKey> pending = outbox.oldestPending(500).map(UsageRecord::key);
        assertThat(sent).hasSizeGreaterThanOrEqualTo(60);
        assertThat(pending).doesNotContainAnyElementsOf(sent);
        assertThat(pending.size() + sent.size()).isEqualTo(120);
        assertThat(outbox.pendingCount()).isEqualTo(pending.size());
    }
}
