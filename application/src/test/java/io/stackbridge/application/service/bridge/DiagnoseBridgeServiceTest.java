package io.stackbridge.application.service.bridge;

import io.stackbridge.application.contract.StampState;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.TestStampClock;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.bridge.StepCheck;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.BillingChoice;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnoseBridgeServiceTest {

    private final StampState state = StampState.inMemory(StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse)));
    private final java.util.List<String> calls = new CopyOnWriteArrayList<>();

    /** A probe that passes every check but the resolution of {@code unresolved}, and records what it was asked. */
    private ConnectivityProbePort probe(String unresolved) {
        return (ConnectivityProbePort) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{ConnectivityProbePort.class},
                (self, method, arguments) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("issuedAt")) {
                        return Option.none();
                    }
                    boolean fails = method.getName().equals("resolve") && ((URI) arguments[0]).getHost().equals(unresolved);
                    return fails ? Either.left(new BridgeError.NetworkError(arguments[0].toString(), "UnknownHostException"))
                            : Either.right("ok");
                });
    }

    private Diagnosis diagnose(ConnectivityProbePort probe) {
        RegistrationPort unreachable = (RegistrationPort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RegistrationPort.class}, (self, method, arguments) -> Either.left(new BridgeError.NetworkError("arm", "down")));
        state.activations().save(StampStateSamples.activation(ActivationKeyClaims.NEVER));
        return new DiagnoseBridgeService(state.stamps(), state.activations(), probe,
                request -> Either.<DomainError, AccessToken>right(new AccessToken("opaque", Instant.now().plusSeconds(3600))),
                unreachable, new TestStampClock()).diagnose().get();
    }

    @Test
    void a_usage_host_that_does_not_resolve_ends_the_check_at_that_step() {
        Diagnosis diagnosis = diagnose(probe("usage.example"));

        StepCheck failing = diagnosis.firstFailure().get();
        assertThat(failing.step()).isEqualTo(DiagnosticStep.RESOLVE_USAGE);
        assertThat(failing.failure().get().code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(diagnosis.steps()).hasSize(4);
        assertThat(calls).containsExactly("resolve", "connect", "handshake", "resolve");
    }

    @Test
    void a_token_that_does_not_say_when_it_was_issued_passes_the_clock_step_without_an_offset() {
        Diagnosis diagnosis = diagnose(probe("nowhere"));

        assertThat(diagnosis.steps().find(check -> check.step() == DiagnosticStep.CLOCK).get().passed()).isTrue();
        assertThat(diagnosis.clockOffset()).isEmpty();
        assertThat(diagnosis.firstFailure().get().step()).isEqualTo(DiagnosticStep.REGISTRATION);
        assertThat(diagnosis.firstFailure().get().failure().get().code()).isEqualTo(ErrorCode.NetworkError);
    }
}
