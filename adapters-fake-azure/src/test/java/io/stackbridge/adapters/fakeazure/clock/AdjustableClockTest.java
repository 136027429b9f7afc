package io.stackbridge.adapters.fakeazure.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class AdjustableClockTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void the_administrators_offset_moves_every_reading_until_reset() {
        clock.setOffset(Duration.ofMinutes(-7));

        assertThat(clock.now()).isEqualTo(T0.minusSeconds(420));
        clock.reset();
        assertThat(clock.now()).isEqualTo(T0);
    }

    @Test
    void a_scoped_shift_applies_inside_the_call_only_and_adds_to_the_offset() {
        clock.setOffset(Duration.ofMinutes(1));

        Instant inside = clock.shifted(Duration.ofMinutes(10), () -> clock.shifted(Duration.ofMinutes(100), clock::now));

        assertThat(inside).isEqualTo(T0.plus(Duration.ofMinutes(111)));
        assertThat(clock.now()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_scoped_shift_is_undone_even_when_the_call_throws() {
        try {
            clock.shifted(Duration.ofHours(1), () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("boom");
        }

        assertThat(clock.now()).isEqualTo(T0);
    }

    @Test
    void a_scoped_shift_does_not_leak_to_other_threads() {
        Instant seenElsewhere = clock.shifted(Duration.ofHours(2), () -> CompletableFuture.supplyAsync(clock::now).join());

        assertThat(seenElsewhere).isEqualTo(T0);
    }
}
