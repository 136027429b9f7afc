package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.Activation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of the stamp's activation promises ({@link ActivationStorePort}): none, then the last applied, until cleared. */
public abstract class ActivationStoreContract {

    protected ActivationStorePort store;

    /** A fresh, empty store; called once per test. */
    protected abstract ActivationStorePort createStore();

    @BeforeEach
    void freshStore() {
        store = createStore();
    }

    @Test
    void a_new_stamp_has_no_activation() {
        assertThat(store.current()).isEmpty();
    }

    @Test
    void an_applied_activation_comes_back_equal_key_claims_and_time() {
        Activation activation = StampStateSamples.activation(ActivationKeyClaims.NEVER);

        store.save(activation);

        assertThat(store.current()).contains(activation);
        assertThat(store.current().get().claims().hardwareInfo()).isEqualTo(activation.claims().hardwareInfo());
    }

    @Test
    void a_new_activation_replaces_the_old_one() {
        Activation later = StampStateSamples.activation(StampStateSamples.T0.plus(Duration.ofDays(365)));
        store.save(StampStateSamples.activation(ActivationKeyClaims.NEVER));

        store.save(later);

        assertThat(store.current()).contains(later);
    }

    @Test
    void clearing_forgets_the_activation_and_clearing_again_is_harmless() {
        store.save(StampStateSamples.activation(ActivationKeyClaims.NEVER));

        store.clear();
        store.clear();

        assertThat(store.current()).isEmpty();
    }
}
