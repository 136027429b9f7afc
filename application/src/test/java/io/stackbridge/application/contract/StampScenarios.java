package io.stackbridge.application.contract;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.StampError.ActivationKeyNotTrusted;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.RegionProperties;
import io.stackbridge.domain.stamp.RegistrationRun;
import io.stackbridge.domain.stamp.RegistrationStatus;
import io.stackbridge.domain.stamp.RegistrationStep;
import io.stackbridge.domain.stamp.StepOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stamp against an Azure of each shape: the registration flow step by step, activation keys
 * verified against the issuing Azure's published key and checked against the stamp, and Region
 * management > Properties as Registered, Not registered or Expired.
 */
public abstract class StampScenarios extends BridgeScenario {

    private void assertNotRegistered() {
        RegionProperties properties = stack.properties.properties();
        assertThat(properties.status()).isEqualTo(RegistrationStatus.NOT_REGISTERED);
        assertThat(properties.cloudId()).isEqualTo(stamp.cloudId());
        assertThat(properties.registration()).isEmpty();
    }

    @Test
    void a_new_stamp_is_not_registered() {
        assertNotRegistered();
    }

    @Test
    void registering_takes_every_step_in_order_and_shows_the_registration_in_the_properties() {
        RegistrationRun run = stack.register.register(request());

        assertThat(run.steps().map(StepOutcome::step)).containsExactly(RegistrationStep.values());
        assertThat(run.steps()).allMatch(StepOutcome::succeeded);
        RegionProperties properties = stack.properties.properties();
        assertThat(properties.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(properties.subscriptionId()).contains(azure.world().registrationSubscription());
        assertThat(properties.resourceGroup()).contains(azure.world().resourceGroup());
        assertThat(properties.registrationName()).contains(stamp.conventionalRegistrationName());
        assertThat(right(azure.registrations().get(request().key())).objectId()).isEqualTo(stamp.principal().objectId());
    }

    @Test
    void the_activation_points_the_bridge_at_the_usage_service_of_the_azure_that_issued_it() {
        Activation activation = registered();

        assertThat(activation.usageEndpoint()).isEqualTo(azure.endpoints().usage());
        assertThat(activation.usageResourceUri()).isEqualTo(azure.endpoints().usageResourceUri());
        assertThat(activation.claims().cloudId()).isEqualTo(stamp.cloudId());
    }

    @Test
    void the_registration_token_carries_the_stamp_and_its_billing_choice() {
        RegistrationTokenFields fields = azure.tokenCodec().decode(right(stack.token.generate())).get();

        assertThat(fields.cloudId()).contains(stamp.cloudId().value());
        assertThat(fields.objectId()).contains(stamp.principal().objectId().value());
        assertThat(fields.billingModel()).contains("PayAsYouUse");
        assertThat(fields.hardwareInfo().get()).containsExactlyElementsOf(stamp.nodes());
    }

    @Test
    void a_failing_step_ends_the_registration_there_with_its_code() {
        azure.addFault(Faults.always(Operation.Registrations_GetActivationKey, new FaultEffect.ReturnError(ErrorCode.AuthorizationFailed)));

        RegistrationRun run = stack.register.register(request());

        assertThat(run.steps().map(StepOutcome::succeeded)).containsExactly(true, true, true, true, false);
        assertThat(run.steps().last().step()).isEqualTo(RegistrationStep.GET_ACTIVATION_KEY);
        assertThat(left(run.outcome()).code()).isEqualTo(ErrorCode.AuthorizationFailed);
        assertNotRegistered();
    }

    @Test
    void an_activation_key_signed_by_another_azure_is_refused() {
        ActivationKeyClaims claims = registered().claims();
        right(stack.deactivate.deactivate());

        DomainError error = left(stack.apply.apply(azure.signElsewhere(claims)));

        assertThat(error).isEqualTo(new ActivationKeyNotTrusted(TokenProblem.BAD_SIGNATURE));
        assertNotRegistered();
    }

    @Test
    void text_that_is_not_a_signed_token_is_refused_as_malformed() {
        assertThat(left(stack.apply.apply(new ActivationKey("not.an-activation.key!"))))
                .isEqualTo(new ActivationKeyNotTrusted(TokenProblem.MALFORMED));
    }

    @Test
    void a_genuine_key_of_another_stamp_is_refused_naming_the_cloud_id() {
        ActivationKeyClaims claims = registered().claims();
        right(stack.deactivate.deactivate());

        DomainError error = left(stack.apply.apply(azure.sign(StampFixtures.forCloud(claims, new CloudId(Guid.random())))));

        assertThat(error.code()).isEqualTo(ErrorCode.ActivationKeyMismatch);
        assertThat(error.target()).contains("cloudId");
        assertNotRegistered();
    }

    @Test
    void a_key_whose_expiry_has_passed_shows_expired_with_its_registration() {
        ActivationKeyClaims claims = registered().claims();
        Instant yesterday = clock.now().minus(Duration.ofDays(1));

        right(stack.apply.apply(azure.sign(StampFixtures.expiring(claims, yesterday))));

        RegionProperties properties = stack.properties.properties();
        assertThat(properties.status()).isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(properties.registrationName()).contains(stamp.conventionalRegistrationName());
    }

    @Test
    void a_key_expires_when_the_stamp_clock_passes_its_expiry() {
        ActivationKeyClaims claims = registered().claims();
        right(stack.apply.apply(azure.sign(StampFixtures.expiring(claims, clock.now().plus(Duration.ofDays(2))))));
        assertThat(stack.properties.properties().status()).isEqualTo(RegistrationStatus.REGISTERED);

        clock.advance(Duration.ofDays(3));

        assertThat(stack.properties.properties().status()).isEqualTo(RegistrationStatus.EXPIRED);
    }

    @Test
    void a_deactivated_stamp_is_not_registered_and_cannot_be_deactivated_again() {
        registered();

        right(stack.deactivate.deactivate());

        assertNotRegistered();
        assertThat(left(stack.deactivate.deactivate()).code()).isEqualTo(ErrorCode.StampNotActivated);
        assertThat(left(stack.bridge.run()).code()).isEqualTo(ErrorCode.StampNotActivated);
    }
}
