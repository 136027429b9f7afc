package io.stackbridge.adapters.stamp.state;

import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.StoredRecords.at;
import static io.stackbridge.application.contract.StoredRecords.hours;
import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory outbox beyond its contract: pages taken from the front, confirmations by key, whatever the outbox holds. */
class InMemoryUsageOutboxTest {

    private final InMemoryUsageOutbox outbox = new InMemoryUsageOutbox();

    @Test
    void pages_come_from_the_front_of_a_large_outbox_and_each_confirmed_batch_leaves_exactly_its_records() {
        List<UsageRecord> records = hours(5_000, "vm-0");
        outbox.enqueue(records.reverse());

        for (int page = 0; page < 50; page++) {
            List<UsageRecord> batch = outbox.oldestPending(100);
            assertThat(batch).containsExactlyElementsOf(records.drop(page * 100).take(100));
            outbox.markSent(BatchId.derivedFrom(batch), batch.map(UsageRecord::key));
        }

        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.oldestPending(10)).isEmpty();
    }

    @Test
    void a_key_confirmed_before_it_was_enqueued_is_never_pending_and_a_duplicate_in_one_enqueue_is_kept_once() {
        outbox.markSent(BatchId.of("earlier"), List.of(at(0, "vm-0").key()));

        outbox.enqueue(List.of(at(0, "vm-0"), at(1, "vm-0"), at(1, "vm-0")));

        assertThat(outbox.oldestPending(10)).containsExactly(at(1, "vm-0"));
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }
}
