package io.stackbridge.application.service.stamp;

import io.stackbridge.application.contract.StampState;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.TestStampClock;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase.Request;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.RegistrationRun;
import io.stackbridge.domain.stamp.RegistrationStep;
import io.stackbridge.domain.stamp.Stamp;
import io.stackbridge.domain.stamp.StepOutcome;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterStampServiceTest {

    private final java.util.List<String> calls = new CopyOnWriteArrayList<>();

    private RegistrationRun register(Stamp stamp) {
        StampState state = StampState.inMemory(stamp);
        RegistrationPort azure = (RegistrationPort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RegistrationPort.class}, (self, method, arguments) -> {
                    calls.add(method.getName());
                    return method.getName().equals("registerProvider") ? Either.right(arguments[0])
                            : method.getName().equals("createResourceGroup") ? Either.right(arguments[1])
                            : Either.left(new BridgeError.NetworkError("https://management.example", "refused"));
                });
        RegistrationTokenCodecPort codec = (RegistrationTokenCodecPort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RegistrationTokenCodecPort.class}, (self, method, arguments) -> "token");
        ApplyActivationKeyService apply = new ApplyActivationKeyService(state.stamps(), key -> Either.left(null), state.activations(),
                new TestStampClock());
        return new RegisterStampService(azure, new GenerateRegistrationTokenService(state.stamps(), codec), apply)
                .register(Request.defaults(StampStateSamples.REGISTRATION.subscriptionId(), stamp));
    }

    @Test
    void a_step_that_fails_ends_the_run_with_its_code_and_later_steps_are_not_tried() {
        RegistrationRun run = register(StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse)));

        assertThat(run.steps()).containsExactly(StepOutcome.done(RegistrationStep.REGISTER_PROVIDER),
                StepOutcome.done(RegistrationStep.CREATE_RESOURCE_GROUP), StepOutcome.done(RegistrationStep.GENERATE_TOKEN),
                run.steps().last());
        assertThat(run.steps().last().step()).isEqualTo(RegistrationStep.PUT_REGISTRATION);
        assertThat(run.outcome().getLeft().code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(calls).containsExactly("registerProvider", "createResourceGroup", "createOrUpdate");
    }

    @Test
    void a_billing_choice_that_breaks_the_token_rules_stops_before_anything_is_written_in_azure() {
        Stamp invalid = new Stamp(StampStateSamples.CLOUD, StampStateSamples.capacityStamp().nodes(),
                BillingChoice.of(BillingModel.Capacity), StampStateSamples.PRINCIPAL);

        RegistrationRun run = register(invalid);

        assertThat(run.steps().last()).isEqualTo(run.steps().get(2));
        assertThat(run.steps().last().step()).isEqualTo(RegistrationStep.GENERATE_TOKEN);
        assertThat(run.outcome().getLeft().code()).isEqualTo(ErrorCode.InvalidRegistrationToken);
        assertThat(calls).doesNotContain("createOrUpdate");
    }

    @Test
    void the_defaults_are_the_tooling_s() {
        Stamp stamp = StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse));

        Request request = Request.defaults(StampStateSamples.REGISTRATION.subscriptionId(), stamp);

        assertThat(request.resourceGroup().value()).isEqualTo("azurestack");
        assertThat(request.location()).isEqualTo("westcentralus");
        assertThat(request.registrationName().value()).isEqualTo("azurestack-" + stamp.cloudId().value());
    }
}
