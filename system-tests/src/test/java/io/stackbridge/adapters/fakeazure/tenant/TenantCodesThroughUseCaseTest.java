package io.stackbridge.adapters.fakeazure.tenant;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.application.contract.Faults;
import io.stackbridge.domain.arm.Written;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.tenant.CustomerSubscriptionRequest;
import io.stackbridge.domain.text.Language;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_CUSTOMER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.OTHER_PARTNER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.UNKNOWN_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** The eight tenant codes produced by AddCustomerSubscriptionUseCase, in the order of docs/domain.md §5, pinned pairwise. */
class TenantCodesThroughUseCaseTest {

    private static final String MALFORMED = "contoso-subscription";

    private final FakeAzure azure = FakeAzure.start();

    private Either<DomainError, Written<CustomerSubscription>> add(RegistrationKey key, String customerSubscriptionId) {
        return azure.cloud().addCustomerSubscription().add(new CustomerSubscriptionRequest(key, customerSubscriptionId, Option.none()));
    }

    private ErrorCode codeOf(RegistrationKey key, String customerSubscriptionId) {
        return add(key, customerSubscriptionId).getLeft().code();
    }

    private void failDirectory() {
        azure.faults().add(Faults.always(Operation.MetadataResolver_Lookup, new FaultEffect.MetadataResolverFailure()));
    }

    private int directoryLookups() {
        return azure.journal().entries(Operation.MetadataResolver_Lookup).size();
    }

    @Test
    void code_1_a_malformed_id_on_a_capacity_registration_is_an_invalid_id_not_a_billing_refusal() {
        assertThat(codeOf(Stamp.capacity(azure).key(), MALFORMED)).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
    }

    @Test
    void code_2_a_missing_registration_is_named_by_subscription_group_and_name() {
        RegistrationKey missing = new RegistrationKey(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP, RegistrationName.of("nowhere"));

        DomainError error = add(missing, CONTOSO_SUBSCRIPTION.value()).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.RegistrationNotFound);
        assertThat(ErrorMessages.message(error, Language.EN)).contains(REGISTRATION_SUBSCRIPTION.value(), "azurestack", "nowhere");
    }

    @Test
    void code_3_a_capacity_registration_with_a_valid_id_may_not_add_tenants() {
        assertThat(codeOf(Stamp.capacity(azure).key(), CONTOSO_SUBSCRIPTION.value())).isEqualTo(ErrorCode.CustomerSubscriptionsNotAllowed);
        assertThat(directoryLookups()).isZero();
    }

    @Test
    void code_4_an_unapproved_registration_is_refused_even_while_the_directory_fails() {
        RegistrationKey unapproved = Stamp.payAsYouUse(azure).key();
        failDirectory();

        assertThat(codeOf(unapproved, CONTOSO_SUBSCRIPTION.value())).isEqualTo(ErrorCode.UnauthorizedCspRegistration);
        assertThat(directoryLookups()).isZero();
    }

    @Test
    void code_5_a_failing_directory_is_reported_before_the_subscription_is_found_unknown() {
        RegistrationKey approved = Stamp.payAsYouUse(azure).approved().key();
        failDirectory();

        DomainError error = add(approved, UNKNOWN_SUBSCRIPTION.value()).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.MetadataResolverBadGatewayError);
        assertThat(error.code().retryable()).isTrue();
        assertThat(error.code().httpStatus().get()).isEqualTo(502);
    }

    @Test
    void code_6_a_subscription_the_directory_does_not_know_is_an_invalid_id() {
        assertThat(codeOf(Stamp.payAsYouUse(azure).approved().key(), UNKNOWN_SUBSCRIPTION.value()))
                .isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
    }

    @Test
    void code_7_an_enterprise_agreement_subscription_is_not_csp() {
        assertThat(codeOf(Stamp.payAsYouUse(azure).approved().key(), EA_CUSTOMER_SUBSCRIPTION.value()))
                .isEqualTo(ErrorCode.InvalidCSPSubscription);
    }

    @Test
    void code_8_a_customer_of_another_partner_is_refused_after_both_lookups() {
        RegistrationKey approved = Stamp.payAsYouUse(azure).approved().key();

        assertThat(codeOf(approved, OTHER_PARTNER_SUBSCRIPTION.value())).isEqualTo(ErrorCode.BadCustomerSubscriptionId);
        assertThat(directoryLookups()).isEqualTo(2);
    }

    @Test
    void a_first_add_is_a_create_and_a_second_add_an_update() {
        RegistrationKey approved = Stamp.payAsYouUse(azure).approved().key();

        Written<CustomerSubscription> first = add(approved, CONTOSO_SUBSCRIPTION.value()).get();
        Written<CustomerSubscription> second = add(approved, CONTOSO_SUBSCRIPTION.value()).get();

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.resource().tenantId()).isEqualTo(CONTOSO_TENANT);
        assertThat(second.resource().etag()).isNotEqualTo(first.resource().etag());
    }
}
