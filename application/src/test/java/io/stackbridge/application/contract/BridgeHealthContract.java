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

        health.save(BridgeHealth.NEW.failed(failure));

        BridgeFailure read = health.read().lastFailure().get();
        assertThat(read).isEqualTo(failure);
        for (Language language : Language.values()) {
            assertThat(read.describe(language)).isEqualTo(failure.describe(language));
        }
    }

    @Test
    void the_last_success_and_the_last_failure_are_kept_together() {
        BridgeHealth saved = BridgeHealth.NEW.failed(StampStateSamples.busy(2)).succeededAt(StampStateSamples.T0.plusSeconds(120));

        health.save(BridgeHealth.NEW.failed(StampStateSamples.loginFailure()));
        health.save(saved);

        assertThat(health.read()).isEqualTo(saved);
        assertThat(health.read().failing()).isFalse();
    }
}
