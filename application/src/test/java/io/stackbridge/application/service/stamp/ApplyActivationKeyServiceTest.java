package io.stackbridge.application.service.stamp;

import io.stackbridge.application.contract.StampState;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.TestStampClock;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.BillingChoice;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplyActivationKeyServiceTest {

    private final StampState state = StampState.inMemory(StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse)));
    private final TestStampClock clock = new TestStampClock();

    @Test
    void a_key_that_cannot_be_checked_is_not_applied_and_the_failure_keeps_its_code() {
        BridgeError unreachable = new BridgeError.NetworkError("https://keys.example", "refused");

        var outcome = new ApplyActivationKeyService(state.stamps(), key -> Either.left(unreachable), state.activations(), clock)
                .apply(new ActivationKey("a.b.c"));

        assertThat(outcome.getLeft()).isEqualTo(unreachable);
        assertThat(state.activations().current()).isEmpty();
    }

    @Test
    void a_verified_key_for_this_stamp_is_stored_with_the_stamp_time() {
        ActivationKeyClaims claims = StampStateSamples.activation(ActivationKeyClaims.NEVER).claims();

        var activation = new ApplyActivationKeyService(state.stamps(), key -> Either.right(claims), state.activations(), clock)
                .apply(new ActivationKey("a.b.c")).get();

        assertThat(state.activations().current()).contains(activation);
        assertThat(activation.claims()).isEqualTo(claims);
        assertThat(activation.appliedAt()).isBetween(clock.now().minusSeconds(5), clock.now());
    }
}
