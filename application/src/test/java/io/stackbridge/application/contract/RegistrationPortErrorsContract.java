package io.stackbridge.application.contract;

import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.message;
import static org.assertj.core.api.Assertions.assertThat;

/** Every code the registration port yields: Azure's refusals keep their codes, transport faults become bridge codes. */
public abstract class RegistrationPortErrorsContract extends AzureContract {

    private DomainError put(RegistrationKey key, String token) {
        return left(azure.registrations().createOrUpdate(key, token));
    }

    private DomainError putWithFault(FaultEffect effect) {
        RegistrationTokenContent token = bridgeStamp();
        azure.addFault(Faults.always(Operation.Registrations_CreateOrUpdate, effect));
        return put(keyOf(world().registrationSubscription(), token.cloudId()), azure.registrationToken(token));
    }

    @Test
    void a_subscription_without_the_provider_registered_is_refused() {
        SubscriptionId fresh = new SubscriptionId(Guid.random());
        RegistrationTokenContent token = bridgeStamp();

        DomainError error = put(keyOf(fresh, token.cloudId()), azure.registrationToken(token));

        assertThat(error.code()).isEqualTo(ErrorCode.MissingSubscriptionRegistration);
        assertThat(message(error)).contains(fresh.value());
    }

    @Test
    void a_missing_resource_group_is_refused() {
        RegistrationTokenContent token = bridgeStamp();
        ResourceGroupName missing = ResourceGroupName.of("no-such-group");
        RegistrationKey key = new RegistrationKey(world().registrationSubscription(), missing,
                RegistrationName.conventionalFor(token.cloudId()));

        DomainError error = put(key, azure.registrationToken(token));

        assertThat(error.code()).isEqualTo(ErrorCode.ResourceGroupNotFound);
        assertThat(message(error)).contains(missing.value());
    }

    @Test
    void garbage_is_not_a_registration_token() {
        DomainError error = put(keyOf(world().registrationSubscription(), new CloudId(Guid.random())), "this is %% not a token!");

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidRegistrationToken);
    }

    @Test
    void base64_that_is_not_json_is_not_a_registration_token() {
        String token = StampTokens.base64("hello, stamp; this is not JSON");

        DomainError error = put(keyOf(world().registrationSubscription(), new CloudId(Guid.random())), token);

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidRegistrationToken);
    }

    @Test
    void a_capacity_token_without_agreement_number_names_the_missing_field() {
        String token = StampTokens.capacityWithoutAgreementNumber(world().bridgeObjectId());

        DomainError error = put(keyOf(world().enterpriseSubscription(), new CloudId(Guid.random())), token);

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidRegistrationToken);
        assertThat(error.target().getOrNull()).isEqualTo("agreementNumber");
    }

    @Test
    void a_registration_name_stays_bound_to_its_cloud() {
        RegistrationKey key = registerPayAsYouUse(bridgeStamp());

        DomainError error = put(key, azure.registrationToken(bridgeStamp()));

        assertThat(error.code()).isEqualTo(ErrorCode.CloudIdUpdateNotAllowed);
        assertThat(error.target().getOrNull()).isEqualTo("cloudId");
    }

    @Test
    void a_cloud_cannot_be_registered_under_a_second_name_in_the_same_subscription() {
        RegistrationTokenContent token = bridgeStamp();
        RegistrationKey first = registerPayAsYouUse(token);
        RegistrationKey second = new RegistrationKey(first.subscriptionId(), first.resourceGroup(),
                RegistrationName.of("second-name"));

        DomainError error = put(second, azure.registrationToken(token));

        assertThat(error.code()).isEqualTo(ErrorCode.CloudIdAlreadyRegistered);
        assertThat(message(error)).contains(token.cloudId().value());
    }

    @Test
    void get_and_activation_key_of_a_missing_registration_are_not_found() {
        RegistrationKey missing = keyOf(world().registrationSubscription(), new CloudId(Guid.random()));

        assertThat(left(azure.registrations().get(missing)).code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(left(azure.registrations().activationKey(missing)).code()).isEqualTo(ErrorCode.ResourceNotFound);
    }

    @Test
    void an_unreachable_registration_provider_is_a_network_error() {
        DomainError error = putWithFault(new FaultEffect.Unreachable());

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(error.code().retryable()).isTrue();
        assertThat(((BridgeError) error).endpoint()).isNotBlank();
    }

    @Test
    void a_slow_registration_provider_is_a_timeout() {
        DomainError error = putWithFault(new FaultEffect.Slow());

        assertThat(error.code()).isEqualTo(ErrorCode.RequestTimedOut);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void an_untrusted_certificate_is_a_certificate_validation_error() {
        DomainError error = putWithFault(new FaultEffect.UntrustedCertificate());

        assertThat(error.code()).isEqualTo(ErrorCode.CertificateValidationError);
        assertThat(error.code().retryable()).isFalse();
    }

    @Test
    void throttling_keeps_its_code_and_is_retryable() {
        DomainError error = putWithFault(new FaultEffect.ReturnError(ErrorCode.TooManyRequests));

        assertThat(error.code()).isEqualTo(ErrorCode.TooManyRequests);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void nothing_is_written_while_the_provider_is_unreachable() {
        RegistrationTokenContent token = bridgeStamp();
        RegistrationKey key = keyOf(world().registrationSubscription(), token.cloudId());
        azure.addFault(Faults.always(Operation.Registrations_CreateOrUpdate, new FaultEffect.Unreachable()));

        left(azure.registrations().createOrUpdate(key, azure.registrationToken(token)));

        assertThat(left(azure.registrations().get(key)).code()).isEqualTo(ErrorCode.ResourceNotFound);
    }
}
