package io.stackbridge.application.contract;

import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.bridge.StepCheck;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge's step-by-step connectivity check against an Azure of each shape: every step passes on
 * a healthy path, and each bridge code, made by a fault rule or a changed world, is named at its step.
 */
public abstract class BridgeDiagnosisScenarios extends BridgeScenario {

    private StepCheck failsAt(DiagnosticStep step, ErrorCode code) {
        Diagnosis diagnosis = right(stack.diagnose.diagnose());
        StepCheck failing = diagnosis.firstFailure().getOrElseThrow(() -> new AssertionError("every step passed: " + diagnosis));
        assertThat(failing.step()).isEqualTo(step);
        assertThat(failing.failure().get().code()).isEqualTo(code);
        assertThat(diagnosis.steps().last()).isEqualTo(failing);
        assertThat(failing.describe(Language.FR).get().remediation())
                .isEqualTo(ErrorMessages.remediation(failing.failure().get(), Language.FR))
                .isNotEqualTo(failing.describe(Language.EN).get().remediation());
        return failing;
    }

    @Test
    void every_step_passes_on_a_healthy_path() {
        registered();

        Diagnosis diagnosis = right(stack.diagnose.diagnose());

        assertThat(diagnosis.steps().map(StepCheck::step)).containsExactly(DiagnosticStep.values());
        assertThat(diagnosis.passed()).isTrue();
        assertThat(diagnosis.clockOffset().get().abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void an_unreachable_usage_service_is_a_network_error_at_the_usage_step() {
        registered();
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.Unreachable()));

        failsAt(DiagnosticStep.USAGE_SERVICE, ErrorCode.NetworkError);
    }

    @Test
    void a_usage_service_that_does_not_answer_in_time_is_a_timeout_at_the_usage_step() {
        registered();
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.Slow()));

        failsAt(DiagnosticStep.USAGE_SERVICE, ErrorCode.RequestTimedOut);
    }

    @Test
    void a_refused_sign_in_is_a_login_error_at_the_token_step() {
        registered();
        azure.addFault(Faults.always(Operation.Token_Issue, new FaultEffect.ReturnError(ErrorCode.InvalidClientSecret)));

        failsAt(DiagnosticStep.TOKEN, ErrorCode.LoginError);
    }

    @Test
    void an_intercepting_certificate_is_named_at_the_first_handshake() {
        registered();
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.UntrustedCertificate()));

        StepCheck failing = failsAt(DiagnosticStep.TLS_LOGIN, ErrorCode.CertificateValidationError);

        assertThat(failing.target()).isEqualTo(azure.endpoints().login().toString());
    }

    @Test
    void a_usage_service_refusing_the_token_is_unauthorized_at_the_usage_step() {
        registered();
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.ReturnError(ErrorCode.InvalidAuthenticationToken)));

        failsAt(DiagnosticStep.USAGE_SERVICE, ErrorCode.Unauthorized);
    }

    @Test
    void a_stamp_clock_ten_minutes_ahead_is_unauthorized_at_the_clock_step() {
        registered();
        clock.advance(Duration.ofMinutes(10));

        failsAt(DiagnosticStep.CLOCK, ErrorCode.Unauthorized);

        Duration offset = right(stack.diagnose.diagnose()).clockOffset().get();
        assertThat(offset).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
    }

    @Test
    void a_deleted_registration_is_unauthorized_at_the_registration_step() {
        registered();
        right(azure.registrations().delete(request().key()));

        StepCheck failing = failsAt(DiagnosticStep.REGISTRATION, ErrorCode.Unauthorized);

        assertThat(Outcomes.message(failing.failure().get())).contains(ErrorCode.CloudNotRegistered.name());
    }

    @Test
    void a_registration_re_created_for_another_principal_is_unauthorized_at_the_registration_step() {
        registered();
        right(azure.registrations().delete(request().key()));
        String token = azure.registrationToken(StampTokens.forObject(new ObjectId(Guid.random())).cloud(stamp.cloudId()).build());
        right(azure.registrations().createOrUpdate(request().key(), token));

        StepCheck failing = failsAt(DiagnosticStep.REGISTRATION, ErrorCode.Unauthorized);

        assertThat(Outcomes.message(failing.failure().get())).contains(ErrorCode.RegistrationModified.name());
    }

    @Test
    void a_stamp_without_activation_cannot_be_diagnosed() {
        assertThat(left(stack.diagnose.diagnose()).code()).isEqualTo(ErrorCode.StampNotActivated);
    }
}
