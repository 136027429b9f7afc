package io.stackbridge.domain.localusage;

import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.stackbridge.domain.localusage.LocalUsageSamples.BASE_VM;
import static io.stackbridge.domain.localusage.LocalUsageSamples.STATIC_IP;
import static io.stackbridge.domain.localusage.LocalUsageSamples.T1;
import static io.stackbridge.domain.localusage.LocalUsageSamples.T3;
import static io.stackbridge.domain.localusage.LocalUsageSamples.TEN;
import static io.stackbridge.domain.localusage.LocalUsageSamples.record;
import static org.assertj.core.api.Assertions.assertThat;

class UsageAggregationTest {

    private static final Duration NO_LAG = Duration.ZERO;

    @Test
    void decimal_quantities_are_summed_exactly() {
        List<UsageRecord> records = List.range(0, 10).map(hour -> record(T1, BASE_VM, "vm1", TEN.plus(Duration.ofHours(hour)).minus(Duration.ofHours(10)), NO_LAG, "0.1"));

        List<UsageAggregate> daily = UsageAggregation.of(records, Granularity.DAILY);

        assertThat(daily).hasSize(1);
        assertThat(daily.head().quantity().amount()).isEqualByComparingTo(new BigDecimal("1.0"));
        assertThat(daily.head().quantity()).isEqualTo(Quantity.of("1"));
    }

    @Test
    void records_are_bucketed_by_reported_time_not_by_usage_time() {
        UsageRecord late = record(T1, BASE_VM, "vm1", Instant.parse("2026-11-20T23:00:00Z"), Duration.ofMinutes(90), "2");
        UsageRecord onTime = record(T1, BASE_VM, "vm1", Instant.parse("2026-11-20T22:00:00Z"), NO_LAG, "3");

        List<UsageAggregate> daily = UsageAggregation.of(List.of(late, onTime), Granularity.DAILY);

        assertThat(daily.map(UsageAggregate::usageStart))
                .containsExactly(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(daily.map(aggregate -> aggregate.quantity().amount().intValue())).containsExactly(3, 2);
        assertThat(daily.get(1).usageEnd()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    }

    @Test
    void hourly_buckets_cover_the_hour_the_records_were_reported_in() {
        UsageRecord reportedAt1120 = record(T1, BASE_VM, "vm1", TEN, Duration.ofMinutes(20), "2");
        UsageRecord reportedAt1159 = record(T1, BASE_VM, "vm1", TEN.minus(Duration.ofHours(1)), Duration.ofMinutes(119), "5");

        List<UsageAggregate> hourly = UsageAggregation.of(List.of(reportedAt1120, reportedAt1159), Granularity.HOURLY);

        assertThat(hourly).singleElement().satisfies(aggregate -> {
            assertThat(aggregate.usageStart()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
            assertThat(aggregate.usageEnd()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
            assertThat(aggregate.quantity()).isEqualTo(Quantity.of("7"));
        });
    }

    @Test
    void each_subscription_meter_and_resource_has_its_own_aggregate_in_a_stable_order() {
        List<UsageRecord> records = List.of(record(T3, BASE_VM, "vm1", TEN, NO_LAG, "1"), record(T1, STATIC_IP, "vm1", TEN, NO_LAG, "1"),
                record(T1, BASE_VM, "vm2", TEN, NO_LAG, "1"), record(T1, BASE_VM, "vm1", TEN, NO_LAG, "1"));

        List<UsageAggregate> hourly = UsageAggregation.of(records, Granularity.HOURLY);

        assertThat(hourly.map(aggregate -> aggregate.subscriptionId() + " " + aggregate.meterId() + " "
                + aggregate.instanceData().resourceUri().substring(aggregate.instanceData().resourceUri().lastIndexOf('/') + 1)))
                .containsExactly(T1 + " " + STATIC_IP + " vm1", T1 + " " + BASE_VM + " vm1", T1 + " " + BASE_VM + " vm2",
                        T3 + " " + BASE_VM + " vm1");
    }

    @Test
    void the_instance_data_keeps_the_resource_location_tags_and_additional_information() {
        UsageRecord record = record(T1, BASE_VM, "vm1", TEN, NO_LAG, "1");

        InstanceData data = UsageAggregation.of(List.of(record), Granularity.HOURLY).head().instanceData();

        assertThat(data).isEqualTo(new InstanceData(record.resourceUri(), "local", record.tags(), record.additionalInfo()));
    }
}
