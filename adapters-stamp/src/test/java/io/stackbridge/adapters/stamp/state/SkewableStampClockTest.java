package io.stackbridge.adapters.stamp.state;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SkewableStampClockTest {

    private static final Instant BASE = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void the_stamp_time_is_the_base_time_moved_by_its_skew_and_what_has_passed() {
        SkewableStampClock clock = new SkewableStampClock(Clock.fixed(BASE, ZoneOffset.UTC));
        assertThat(clock.now()).isEqualTo(BASE);

        clock.skew(Duration.ofMinutes(-7));
        clock.advance(Duration.ofDays(30));

        assertThat(clock.now()).isEqualTo(BASE.plus(Duration.ofDays(30)).minus(Duration.ofMinutes(7)));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(30).minus(Duration.ofMinutes(7)));
    }
}
