package io.stackbridge.adapters.stamp.state;

import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.stackbridge.application.contract.StoredRecords.DAY;
import static io.stackbridge.application.contract.StoredRecords.at;
import static io.stackbridge.application.contract.StoredRecords.hours;
import static org.assertj.core.api.Assertions.assertThat;

/** An outbox with a window keeps the hours of its window only, counts what it dropped, and forgets sent keys with their hour. */
class InMemoryUsageOutboxWindowTest {

    private final InMemoryUsageOutbox outbox = InMemoryUsageOutbox.keepingHoursWithin(Duration.ofHours(48));

    @Test
    void the_hours_a_stamp_simulates_at_start_are_all_kept() {
        outbox.enqueue(hours(48, "vm-0"));

        assertThat(outbox.pendingCount()).isEqualTo(48);
        assertThat(outbox.dropped()).isZero();
    }

    @Test
    void a_week_of_hourly_refreshes_leaves_the_last_48_hours_and_counts_the_rest_as_dropped() {
        List<UsageRecord> week = hours(24 * 7, "vm-0").appendAll(hours(24 * 7, "vm-1"));
        for (int hour = 0; hour < 24 * 7; hour++) {
            int now = hour;
            outbox.enqueue(week.filter(record -> record.window().start().equals(DAY.plus(Duration.ofHours(now)))));
        }

        assertThat(outbox.pendingCount()).isEqualTo(2 * 49);
        assertThat(outbox.dropped()).isEqualTo(2 * (24 * 7 - 49));
        assertThat(outbox.oldestPendingHour().get()).isEqualTo(DAY.plus(Duration.ofHours(24 * 7 - 49)));
        assertThat(outbox.oldestPending(1000)).containsExactlyElementsOf(
                week.filter(record -> !record.window().start().isBefore(DAY.plus(Duration.ofHours(24 * 7 - 49))))
                        .sortBy(record -> record.window().start().toString() + record.key().canonical()));
    }

    @Test
    void a_record_older_than_the_window_is_refused_and_counted() {
        outbox.enqueue(List.of(at(100, "vm-0")));

        outbox.enqueue(List.of(at(10, "vm-0"), at(99, "vm-1")));

        assertThat(outbox.oldestPending(10)).containsExactly(at(99, "vm-1"), at(100, "vm-0"));
        assertThat(outbox.dropped()).isEqualTo(1);
    }

    @Test
    void a_sent_record_never_comes_back_while_its_hour_is_in_the_window() {
        List<UsageRecord> sent = List.of(at(10, "vm-0"), at(11, "vm-0"));
        outbox.enqueue(sent);
        outbox.markSent(BatchId.derivedFrom(sent), sent.map(UsageRecord::key));

        outbox.enqueue(sent.append(at(12, "vm-0")));

        assertThat(outbox.oldestPending(10)).containsExactly(at(12, "vm-0"));
        assertThat(outbox.dropped()).isZero();
    }
}
