package io.stackbridge.domain.localusage;

import io.stackbridge.domain.error.ErrorCode;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GranularityTest {

    @Test
    void daily_is_the_default() {
        assertThat(Granularity.parse(Option.none()).get()).isEqualTo(Granularity.DAILY);
        assertThat(Granularity.parse(Option.some(" ")).get()).isEqualTo(Granularity.DAILY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hourly", "Hourly", "HOURLY", " hourly "})
    void hourly_is_read_in_any_case(String text) {
        assertThat(Granularity.parse(Option.some(text)).get()).isEqualTo(Granularity.HOURLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"weekly", "day", "hours", "1h"})
    void anything_else_is_an_invalid_aggregation_granularity(String text) {
        assertThat(Granularity.parse(Option.some(text)).getLeft().code()).isEqualTo(ErrorCode.InvalidAggregationGranularity);
        assertThat(Granularity.parse(Option.some(text)).getLeft().arguments()).containsExactly(text);
    }

    @Test
    void an_hourly_boundary_is_the_start_of_an_hour_and_a_daily_one_utc_midnight() {
        Instant ten = Instant.parse("2026-11-20T10:00:00Z");

        assertThat(Granularity.HOURLY.isBoundary(ten)).isTrue();
        assertThat(Granularity.HOURLY.isBoundary(ten.plusSeconds(1))).isFalse();
        assertThat(Granularity.DAILY.isBoundary(ten)).isFalse();
        assertThat(Granularity.DAILY.isBoundary(Instant.parse("2026-11-20T00:00:00Z"))).isTrue();
        assertThat(Granularity.DAILY.bucketOf(ten)).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }
}
