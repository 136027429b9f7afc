package io.stackbridge.adapters.stamp.bridge;

import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.RegistrationStatus;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryStackSideTest {

    private final TestStampComponent stack = TestStampComponent.create(
            StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse)), BridgeSettings.DEFAULT.withBatchSize(2));

    @Test
    void a_wired_stamp_starts_unregistered_and_its_bridge_has_nowhere_to_report() {
        assertThat(stack.properties().properties().status()).isEqualTo(RegistrationStatus.NOT_REGISTERED);
        assertThat(stack.bridge().run().getLeft().code()).isEqualTo(ErrorCode.StampNotActivated);
    }

    @Test
    void the_wired_use_cases_share_one_state_activate_and_deliver_in_batches_of_the_configured_size() {
        stack.azure().willActivate(StampStateSamples.activation(ActivationKeyClaims.NEVER).claims());
        assertThat(stack.apply().apply(new ActivationKey("stub.key.value")).isRight()).isTrue();
        List<UsageRecord> records = StoredRecords.hours(3, "vm-0");
        stack.outbox().enqueue(records);

        BridgeRun run = stack.bridge().run().get();

        assertThat(run.batches()).isEqualTo(2);
        assertThat(stack.azure().pushes().map(push -> push.batch().id()))
                .containsExactly(BatchId.derivedFrom(records.take(2)), BatchId.derivedFrom(records.drop(2)));
        assertThat(stack.status().status().pendingCount()).isZero();
        assertThat(stack.properties().properties().status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void the_stamp_clock_is_the_one_the_bridge_sends() {
        stack.azure().willActivate(StampStateSamples.activation(ActivationKeyClaims.NEVER).claims());
        stack.apply().apply(new ActivationKey("stub.key.value"));
        stack.clock().skew(Duration.ofHours(-3));
        stack.outbox().enqueue(StoredRecords.hours(1, "vm-0"));

        stack.bridge().run();

        assertThat(Duration.between(stack.azure().pushes().head().stampTime(), java.time.Instant.now()))
                .isBetween(Duration.ofMinutes(179), Duration.ofMinutes(181));
    }

    @Test
    void a_billing_choice_the_token_rules_refuse_is_an_invalid_registration_token() {
        assertThat(stack.chooseBilling().choose(BillingChoice.of(BillingModel.Capacity)).getLeft().code())
                .isEqualTo(ErrorCode.InvalidRegistrationToken);
    }
}
