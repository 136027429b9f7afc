package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryLocalUsageStoreRangesTest {

    private static final Instant END = Instant.parse("2026-11-20T12:00:00Z");

    private final InMemoryLocalUsageStore store = new InMemoryLocalUsageStore();
    private final List<UsageRecord> simulated = new WorkloadSimulator(WorkloadSettings.of(5, DefaultLocalDirectory.directory().tenants()))
            .hoursEndingAt(END, 24);

    @Test
    void a_range_read_returns_exactly_the_records_reported_in_it() {
        store.append(simulated);
        Instant from = END.minus(Duration.ofHours(10));
        Instant to = END.minus(Duration.ofHours(4));

        List<UsageRecord> read = store.reportedBetween(from, to);

        assertThat(read).containsExactlyInAnyOrderElementsOf(
                simulated.filter(record -> !record.reportedAt().isBefore(from) && record.reportedAt().isBefore(to)));
        assertThat(read.map(UsageRecord::reportedAt).toJavaList()).isSorted();
    }

    @Test
    void consecutive_ranges_split_the_store_without_loss_or_overlap() {
        store.append(simulated);
        Instant start = END.minus(Duration.ofHours(24));

        List<UsageRecord> byHour = List.range(0, 28).flatMap(hour -> store.reportedBetween(start.plus(Duration.ofHours(hour)),
                start.plus(Duration.ofHours(hour + 1))));

        assertThat(byHour).hasSameSizeAs(simulated).containsExactlyInAnyOrderElementsOf(simulated);
    }

    @Test
    void an_empty_or_inverted_range_is_empty() {
        store.append(simulated);

        assertThat(store.reportedBetween(END, END)).isEmpty();
        assertThat(store.reportedBetween(END, END.minus(Duration.ofHours(5)))).isEmpty();
    }
}
