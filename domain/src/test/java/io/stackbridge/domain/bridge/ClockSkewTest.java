package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClockSkewTest {

    private static final Instant SERVICE = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void five_minutes_either_way_is_within_the_skew_and_gives_the_offset() {
        assertThat(ClockSkew.check(SERVICE.plus(Duration.ofMinutes(5)), SERVICE).get()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ClockSkew.check(SERVICE.minus(Duration.ofMinutes(5)), SERVICE).get()).isEqualTo(Duration.ofMinutes(-5));
    }

    @Test
    void beyond_five_minutes_is_the_service_s_clock_skew_refusal() {
        assertThat(ClockSkew.check(SERVICE.plus(Duration.ofMinutes(6)), SERVICE).getLeft().code()).isEqualTo(ErrorCode.ClockSkewTooLarge);
        assertThat(ClockSkew.check(SERVICE.minus(Duration.ofSeconds(301)), SERVICE).isLeft()).isTrue();
    }
}
