package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.BridgeError;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BridgeHealthTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final BridgeFailure FAILURE = BridgeFailure.of(new BridgeError.NetworkError("https://u", "refused"), T0, 1, "https://u");

    @Test
    void a_failure_after_the_last_success_means_the_bridge_is_failing() {
        assertThat(BridgeHealth.NEW.failing()).isFalse();
        assertThat(BridgeHealth.NEW.failed(FAILURE).failing()).isTrue();
        assertThat(BridgeHealth.NEW.succeededAt(T0.minusSeconds(60)).failed(FAILURE).failing()).isTrue();
    }

    @Test
    void a_success_after_the_failure_means_it_recovered_and_the_failure_is_still_shown() {
        BridgeHealth recovered = BridgeHealth.NEW.failed(FAILURE).succeededAt(T0.plusSeconds(60));

        assertThat(recovered.failing()).isFalse();
        assertThat(recovered.lastFailure()).contains(FAILURE);
    }

    @Test
    void the_order_of_events_decides_not_their_times() {
        assertThat(BridgeHealth.NEW.failed(FAILURE).succeededAt(T0.minusSeconds(600)).failing()).isFalse();
        assertThat(BridgeHealth.NEW.succeededAt(T0).failed(FAILURE).failing()).isTrue();
    }

    @Test
    void a_bridge_cannot_be_failing_without_a_failure() {
        assertThatThrownBy(() -> new BridgeHealth(Option.none(), Option.none(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
