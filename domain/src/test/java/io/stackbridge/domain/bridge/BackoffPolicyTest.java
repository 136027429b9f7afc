package io.stackbridge.domain.bridge;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffPolicyTest {

    private static final BackoffPolicy POLICY = BackoffPolicy.DEFAULT;

    @Test
    void without_jitter_the_wait_doubles_from_one_second_up_to_one_minute() {
        assertThat(POLICY.delayAfter(1, 0, Option.none())).isEqualTo(Duration.ofSeconds(1));
        assertThat(POLICY.delayAfter(2, 0, Option.none())).isEqualTo(Duration.ofSeconds(2));
        assertThat(POLICY.delayAfter(5, 0, Option.none())).isEqualTo(Duration.ofSeconds(16));
        assertThat(POLICY.delayAfter(7, 0, Option.none())).isEqualTo(Duration.ofMinutes(1));
        assertThat(POLICY.delayAfter(70, 0, Option.none())).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void jitter_takes_off_up_to_half_and_never_adds() {
        assertThat(POLICY.delayAfter(3, 0.999, Option.none())).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2010));
        assertThat(POLICY.delayAfter(3, 0.5, Option.none())).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_longer_retry_after_is_honoured_and_a_shorter_one_does_not_shorten_the_backoff() {
        assertThat(POLICY.delayAfter(1, 0, Option.some(Duration.ofSeconds(30)))).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.delayAfter(4, 0, Option.some(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void a_retry_after_up_to_five_minutes_is_waited_for_and_a_longer_one_is_not() {
        assertThat(POLICY.allows(Option.none())).isTrue();
        assertThat(POLICY.allows(Option.some(Duration.ofMinutes(5)))).isTrue();
        assertThat(POLICY.allows(Option.some(Duration.ofMinutes(5).plusSeconds(1)))).isFalse();
    }

    @Test
    void a_policy_needs_one_attempt_and_a_cap_above_its_start() {
        assertThatThrownBy(() -> POLICY.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), 0.5, 3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
