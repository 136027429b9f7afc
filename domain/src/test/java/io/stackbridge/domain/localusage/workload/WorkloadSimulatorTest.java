package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.localusage.LocalUsageSamples;
import io.stackbridge.domain.meter.MeterCatalog;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadSimulatorTest {

    private static final Instant END = Instant.parse("2026-11-20T12:00:00Z");

    private static WorkloadSimulator simulator(long seed) {
        return new WorkloadSimulator(WorkloadSettings.of(seed, LocalUsageSamples.directory().tenants()));
    }

    @Test
    void the_same_seed_gives_identical_records() {
        List<UsageRecord> first = simulator(42).hoursEndingAt(END, 24);
        List<UsageRecord> second = simulator(42).hoursEndingAt(END, 24);

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(first.map(UsageRecord::toString)).isEqualTo(second.map(UsageRecord::toString));
    }

    @Test
    void another_seed_gives_other_records() {
        assertThat(simulator(43).hoursEndingAt(END, 24)).isNotEqualTo(simulator(42).hoursEndingAt(END, 24));
    }

    @Test
    void an_hour_gives_the_same_records_whatever_range_it_is_simulated_in() {
        List<UsageRecord> day = simulator(7).hoursEndingAt(END, 24);
        List<UsageRecord> lastHour = simulator(7).hoursEndingAt(END, 1);

        assertThat(day.takeRight(lastHour.size())).isEqualTo(lastHour);
        assertThat(simulator(7).hour(UsageWindow.startingAt(END.minus(Duration.ofHours(1))))).isEqualTo(lastHour);
    }

    @Test
    void only_active_catalog_meters_are_emitted_with_non_negative_quantities() {
        List<UsageRecord> records = simulator(42).hoursEndingAt(END, 48);

        assertThat(records).allSatisfy(record -> {
            assertThat(MeterCatalog.standard().active().map(meter -> meter.id())).contains(record.meterId());
            assertThat(record.quantity().amount().signum()).isNotNegative();
        });
    }

    @Test
    void records_cover_whole_hours_in_the_range_and_are_reported_up_to_three_hours_after_they_end() {
        List<UsageRecord> records = simulator(42).hoursEndingAt(END, 48);

        assertThat(records.map(record -> record.window().start()).distinct()).hasSize(48);
        assertThat(records).allSatisfy(record -> {
            assertThat(Duration.between(record.window().start(), record.window().end())).isEqualTo(Duration.ofHours(1));
            assertThat(record.window().start()).isBetween(END.minus(Duration.ofHours(48)), END.minus(Duration.ofHours(1)));
            assertThat(record.reportedAt()).isBetween(record.window().end(), record.window().end().plus(Duration.ofHours(3)));
        });
        assertThat(records.map(record -> Duration.between(record.window().end(), record.reportedAt())).distinct().size())
                .isGreaterThan(10);
    }

    @Test
    void every_record_belongs_to_a_tenant_subscription_of_its_owner_and_names_a_resource_in_it() {
        List<UsageRecord> records = simulator(42).hoursEndingAt(END, 2);

        assertThat(records.map(UsageRecord::subscriptionId).distinct())
                .containsExactlyInAnyOrder(LocalUsageSamples.T1, LocalUsageSamples.P1, LocalUsageSamples.T3);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.tenantId()).isEqualTo(LocalUsageSamples.CONTOSO);
            assertThat(record.resourceUri()).startsWith("/subscriptions/" + record.subscriptionId() + "/resourceGroups/");
            assertThat(record.location()).isEqualTo("local");
        });
    }

    @Test
    void the_keys_of_a_simulation_are_unique_so_stores_keep_every_record() {
        List<UsageRecord> records = simulator(42).hoursEndingAt(END, 24);

        assertThat(records.map(UsageRecord::key).distinct()).hasSize(records.size());
    }
}
