package io.stackbridge.application.service.bridge;

import io.stackbridge.application.contract.RecordingSleeper;
import io.stackbridge.application.contract.StampState;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.contract.TestStampClock;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.UsageApiError;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class RunBridgeServiceTest {

    private final StampState state = StampState.inMemory(StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse)));
    private final TestStampClock clock = new TestStampClock();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final java.util.List<TokenRequest> signIns = new CopyOnWriteArrayList<>();
    private final java.util.List<UsagePush> pushes = new CopyOnWriteArrayList<>();

    private RunBridgeService bridge(UsagePushPort usage) {
        return new RunBridgeService(state.stamps(), state.activations(), state.outbox(), request -> {
            signIns.add(request);
            return Either.right(new AccessToken("token-" + signIns.size(), Instant.now().plus(Duration.ofHours(1))));
        }, usage, state.health(), clock, sleeper, BridgeSettings.DEFAULT.withBatchSize(2));
    }

    private Either<io.stackbridge.domain.error.DomainError, PushReceipt> accept(UsagePush push) {
        pushes.add(push);
        return Either.right(new PushReceipt(push.batch().id(), push.batch().records().size(), false));
    }

    private void activate(boolean usageReporting) {
        ActivationKeyClaims c = StampStateSamples.activation(ActivationKeyClaims.NEVER).claims();
        state.activations().save(new Activation(StampStateSamples.activation(ActivationKeyClaims.NEVER).key(),
                new ActivationKeyClaims(c.subscriptionId(), c.resourceGroupName(), c.registrationName(), c.cloudId(), c.objectId(),
                        c.billingModel(), usageReporting, false, c.usageEndpoint(), c.usageResourceUri(), c.hardwareInfo(), c.expires(),
                        c.issuer(), c.version()), clock.now()));
    }

    @Test
    void a_stamp_whose_activation_turned_reporting_off_keeps_its_usage() {
        activate(false);
        state.outbox().enqueue(StoredRecords.hours(3, "vm-0"));

        BridgeRun run = bridge(this::accept).run().get();

        assertThat(run.reportingDisabled()).isTrue();
        assertThat(pushes).isEmpty();
        assertThat(state.outbox().pendingCount()).isEqualTo(3);
    }

    @Test
    void each_batch_is_named_after_its_records_signed_in_as_the_principal_and_dated_by_the_stamp() {
        activate(true);
        List<UsageRecord> records = StoredRecords.hours(3, "vm-0");
        state.outbox().enqueue(records);
        clock.advance(Duration.ofMinutes(-2));

        bridge(this::accept).run();

        assertThat(List.ofAll(pushes).map(push -> push.batch().id()))
                .containsExactly(BatchId.derivedFrom(records.take(2)), BatchId.derivedFrom(records.drop(2)));
        assertThat(pushes.get(0).usageEndpoint().toString()).isEqualTo("https://usage.example:8443");
        assertThat(Duration.between(pushes.get(0).stampTime(), Instant.now())).isBetween(Duration.ofSeconds(110), Duration.ofSeconds(130));
        assertThat(signIns).hasSize(1);
        assertThat(signIns.get(0).scope()).isEqualTo("https://usage.microsoftazurestack.com/.default");
        assertThat(signIns.get(0).clientId()).isEqualTo(StampStateSamples.PRINCIPAL.clientId());
    }

    @Test
    void a_refused_token_is_dropped_so_that_the_next_run_signs_in_again() {
        activate(true);
        state.outbox().enqueue(StoredRecords.hours(1, "vm-0"));
        RunBridgeService bridge = bridge(push -> Either.left(new BridgeError.Unauthorized("https://usage.example:8443", "expired")));

        bridge.run();
        bridge.run();

        assertThat(signIns).hasSize(2);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void every_failed_attempt_is_recorded_with_its_number() {
        activate(true);
        state.outbox().enqueue(StoredRecords.hours(1, "vm-0"));
        java.util.List<Integer> seen = new CopyOnWriteArrayList<>();
        RunBridgeService bridge = bridge(push -> {
            state.health().read().lastFailure().forEach(failure -> seen.add(failure.attempts()));
            return Either.left(new BridgeError.NetworkError("https://usage.example:8443", "reset"));
        });

        BridgeRun run = bridge.run().get();

        assertThat(seen).containsExactly(1, 2, 3, 4);
        assertThat(run.stoppedBy().get().attempts()).isEqualTo(5);
        assertThat(state.health().read().lastFailure().get().attempts()).isEqualTo(5);
    }

    @Test
    void a_reused_token_that_is_refused_is_replaced_at_once_and_the_batch_still_goes_through() {
        activate(true);
        RunBridgeService bridge = bridge(push -> push.accessToken().equals("token-1") && pushes.size() > 0
                ? Either.left(new BridgeError.Unauthorized("https://usage.example:8443", "stale"))
                : accept(push));
        state.outbox().enqueue(StoredRecords.hours(1, "vm-0"));
        bridge.run();
        state.outbox().enqueue(StoredRecords.hours(1, "vm-1"));

        BridgeRun second = bridge.run().get();

        assertThat(second.completed()).isTrue();
        assertThat(signIns).hasSize(2);
        assertThat(state.outbox().pendingCount()).isZero();
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void a_retry_after_longer_than_the_policy_allows_ends_the_run_instead_of_calling_back_early() {
        activate(true);
        state.outbox().enqueue(StoredRecords.hours(1, "vm-0"));
        RunBridgeService bridge = bridge(push -> Either.left(new UsageApiError.ServiceUnavailable(3600)));

        BridgeRun run = bridge.run().get();

        assertThat(run.stoppedBy().get().attempts()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(state.outbox().pendingCount()).isEqualTo(1);
    }
}
