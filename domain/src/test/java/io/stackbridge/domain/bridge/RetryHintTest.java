package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.UsageApiError;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryHintTest {

    @Test
    void busy_and_throttled_answers_carry_their_retry_after_and_others_none() {
        assertThat(RetryHint.retryAfter(new UsageApiError.ServiceUnavailable(7))).contains(Duration.ofSeconds(7));
        assertThat(RetryHint.retryAfter(new ArmError.TooManyRequests(12))).contains(Duration.ofSeconds(12));
        assertThat(RetryHint.retryAfter(new BridgeError.NetworkError("https://u", "reset"))).isEmpty();
    }
}
