package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.bridge.BridgeHealth;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of the bridge's health promises ({@link BridgeHealthPort}): new, then the last
 * saved, with a failure's code, time, cause, attempts, endpoint and words in every language intact.
 */
public abstract class BridgeHealthContract {

    protected BridgeHealthPort health;

    /** A fresh store; called once per test. */
    protected abstract BridgeHealthPort createStore();

    @BeforeEach
    void freshStore() {
        health = createStore();
    }

    @Test
    void a_bridge_that_never_ran_has_no_success_and_no_failure() {
        assertThat(health.read()).isEqualTo(BridgeHealth.NEW);
    }

    @Test
    void a_failure_comes_back_whole_in_both_languages() {
        BridgeFailure failure = StampStateSamples.loginFailure();

        health.update(current -> current.failed(failure));

        BridgeFailure read = health.read().lastFailure().get();
        assertThat(read).isEqualTo(failure);
        for (Language language : Language.values()) {
            assertThat(read.describe(language)).isEqualTo(failure.describe(language));
        }
    }

    @Test
    void the_last_success_and_the_last_failure_are_kept_together() {
        BridgeHealth saved = BridgeHealth.NEW.failed(StampStateSamples.busy(2)).succeededAt(StampStateSamples.T0.plusSeconds(120));

        health.update(current -> current.failed(StampStateSamples.loginFailure()));
        health.update(current -> saved);

        assertThat(health.read()).isEqualTo(saved);
        assertThat(health.read().failing()).isFalse();
    }

    @Test
    void a_success_after_a_failure_recovers_even_when_the_stamps_clock_was_set_back_in_between() {
        health.update(current -> current.failed(StampStateSamples.busy(1)));
        BridgeHealth recovered = health.update(current -> current.succeededAt(StampStateSamples.T0.minusSeconds(3_600)));

        assertThat(recovered.failing()).isFalse();
        assertThat(health.read()).isEqualTo(recovered);
        assertThat(health.update(current -> current.failed(StampStateSamples.loginFailure())).failing()).isTrue();
        assertThat(health.read().failing()).isTrue();
    }

    @Test
    void concurrent_updates_are_each_applied_once_none_lost() throws Exception {
        int threads = 4;
        int each = 25;
        health.update(current -> current.failed(StampStateSamples.busy(1)));

        Concurrently.run(threads, worker -> {
            for (int i = 0; i < each; i++) {
                health.update(current -> current.failed(StampStateSamples.busy(current.lastFailure().get().attempts() + 1)));
            }
        });

        assertThat(health.read().lastFailure().get().attempts()).isEqualTo(1 + threads * each);
    }
}
