package io.stackbridge.application.contract;

import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.LocalizedText;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.usage.Quantity;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the five bridge codes, produced by a fault rule in an Azure of each shape and surfaced
 * by the bridge's run and status: the transient ones retried, the others stopping at once.
 */
public abstract class BridgeFaultScenarios extends BridgeScenario {

    private BridgeFailure stoppedBy(BridgeRun run, ErrorCode code) {
        assertThat(run.stoppedBy()).as("the run should stop").isNotEmpty();
        BridgeFailure failure = run.stoppedBy().get();
        assertThat(failure.code()).isEqualTo(code);
        assertThat(status().lastError()).contains(failure);
        assertThat(status().failing()).isTrue();
        assertThat(failure.cause()).isNotBlank().doesNotContain("\n");
        return failure;
    }

    @Test
    void an_unreachable_usage_service_is_a_network_error_retried_to_the_last_attempt() {
        registered();
        enqueue("1");
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.Unreachable()));

        BridgeFailure failure = stoppedBy(run(), ErrorCode.NetworkError);

        assertThat(failure.endpoint()).isEqualTo(azure.endpoints().usage().toString());
        assertThat(sleeper.waits()).hasSize(failure.attempts() - 1);
    }

    @Test
    void a_usage_service_that_does_not_answer_in_time_is_a_timeout_and_the_retry_is_counted_once() {
        registered();
        enqueue("1", "2");
        azure.addFault(Faults.times(1, Operation.Usage_Push, new FaultEffect.Slow()));

        assertThat(run().completed()).isTrue();

        assertThat(status().lastError().get().code()).isEqualTo(ErrorCode.RequestTimedOut);
        assertThat(sleeper.waits()).hasSize(1);
        assertThat(billed()).isEqualTo(Quantity.of("3"));
    }

    @Test
    void a_sign_in_refused_is_a_login_error_that_stops_at_once_with_remediation_in_english_and_french() {
        registered();
        enqueue("1", "2");
        azure.addFault(Faults.always(Operation.Token_Issue, new FaultEffect.ReturnError(ErrorCode.InvalidClientSecret)));

        BridgeFailure failure = stoppedBy(run(), ErrorCode.LoginError);

        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.endpoint()).isEqualTo(azure.endpoints().login().toString());
        assertThat(sleeper.waits()).isEmpty();
        assertThat(status().pendingCount()).isEqualTo(2);
        LocalizedText english = status().lastError().get().describe(Language.EN);
        LocalizedText french = status().lastError().get().describe(Language.FR);
        assertThat(english.remediation()).contains(failure.endpoint());
        assertThat(french.remediation()).contains(failure.endpoint()).isNotEqualTo(english.remediation());
        assertThat(french.message()).isNotEqualTo(english.message());
    }

    @Test
    void an_unreachable_sign_in_endpoint_is_a_login_error() {
        registered();
        enqueue("1");
        azure.addFault(Faults.always(Operation.Token_Issue, new FaultEffect.Unreachable()));

        stoppedBy(run(), ErrorCode.LoginError);
    }

    @Test
    void an_intercepted_tls_connection_is_a_certificate_validation_error_that_stops_at_once() {
        registered();
        enqueue("1");
        run();
        state.outbox().enqueue(usage.vm("vm-1").hourly("2"));
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.UntrustedCertificate()));

        stoppedBy(run(), ErrorCode.CertificateValidationError);

        assertThat(sleeper.waits()).isEmpty();
        assertThat(status().pendingCount()).isEqualTo(1);
    }

    @Test
    void a_usage_service_whose_clock_is_ten_minutes_away_refuses_the_bridge_as_unauthorized() {
        registered();
        enqueue("1");
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.ShiftClock(Duration.ofMinutes(10))));

        BridgeFailure failure = stoppedBy(run(), ErrorCode.Unauthorized);

        assertThat(failure.cause()).contains(ErrorCode.ClockSkewTooLarge.name());
        assertThat(sleeper.waits()).isEmpty();
        assertThat(azure.ledger()).isEmpty();
    }

    @Test
    void a_registration_deleted_in_azure_makes_the_bridge_unauthorized() {
        registered();
        enqueue("1");
        Outcomes.right(azure.registrations().delete(request().key()));

        BridgeFailure failure = stoppedBy(run(), ErrorCode.Unauthorized);

        assertThat(failure.cause()).contains(ErrorCode.CloudNotRegistered.name());
    }
}
