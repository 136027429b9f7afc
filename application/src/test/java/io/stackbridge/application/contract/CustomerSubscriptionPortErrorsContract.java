package io.stackbridge.application.contract;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.message;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The eight onboarding codes of docs/domain.md §5, and the order in which they are checked, through the port. */
public abstract class CustomerSubscriptionPortErrorsContract extends AzureContract {

    private static final String MALFORMED = "not-a-subscription-id";

    private DomainError add(RegistrationKey registration, String customerSubscriptionId) {
        return left(azure.customerSubscriptions().add(registration, customerSubscriptionId, Option.none()));
    }

    private RegistrationKey approvedPayAsYouUse() {
        RegistrationKey key = registerPayAsYouUse(bridgeStamp());
        azure.approveMultiTenancy(key);
        return key;
    }

    private RegistrationKey capacity() {
        return register(world().enterpriseSubscription(),
                StampTokens.forObject(world().bridgeObjectId()).capacity("1234567").build());
    }

    private void failDirectory() {
        azure.addFault(Faults.always(Operation.MetadataResolver_Lookup, new FaultEffect.MetadataResolverFailure()));
    }

    @Test
    void rule_1_a_malformed_id_is_refused_before_the_registration_is_looked_up() {
        RegistrationKey missing = keyOf(world().registrationSubscription(), new CloudId(Guid.random()));

        DomainError error = add(missing, MALFORMED);

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
        assertThat(error.target().getOrNull()).isEqualTo("customerSubscriptionId");
    }

    @Test
    void rule_1_a_capacity_registration_with_a_malformed_id_gets_the_id_error() {
        assertThat(add(capacity(), MALFORMED).code()).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
    }

    @Test
    void rule_2_a_missing_registration_is_named_by_its_three_parts() {
        RegistrationKey missing = keyOf(world().registrationSubscription(), new CloudId(Guid.random()));

        DomainError error = add(missing, world().contoso().value());

        assertThat(error.code()).isEqualTo(ErrorCode.RegistrationNotFound);
        assertThat(ErrorMessages.message(error, Language.EN))
                .contains(missing.subscriptionId().value(), missing.resourceGroup().value(), missing.name().value());
    }

    @Test
    void rule_3_a_capacity_registration_with_a_valid_id_may_not_add_tenants() {
        assertThat(add(capacity(), world().contoso().value()).code()).isEqualTo(ErrorCode.CustomerSubscriptionsNotAllowed);
    }

    @Test
    void rule_4_an_unapproved_registration_may_not_add_tenants() {
        RegistrationKey unapproved = registerPayAsYouUse(bridgeStamp());

        assertThat(add(unapproved, world().contoso().value()).code()).isEqualTo(ErrorCode.UnauthorizedCspRegistration);
        assertThat(right(azure.customerSubscriptions().list(unapproved))).isEmpty();
    }

    @Test
    void rule_4_is_checked_before_the_directory_is_asked() {
        RegistrationKey unapproved = registerPayAsYouUse(bridgeStamp());
        failDirectory();

        assertThat(add(unapproved, world().contoso().value()).code()).isEqualTo(ErrorCode.UnauthorizedCspRegistration);
    }

    @Test
    void rule_5_a_failing_directory_is_a_retryable_bad_gateway() {
        RegistrationKey registration = approvedPayAsYouUse();
        failDirectory();

        DomainError error = add(registration, world().contoso().value());

        assertThat(error.code()).isEqualTo(ErrorCode.MetadataResolverBadGatewayError);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void rule_5_a_failing_directory_wins_over_an_unknown_subscription() {
        RegistrationKey registration = approvedPayAsYouUse();
        failDirectory();

        assertThat(add(registration, world().unknownSubscription().value()).code())
                .isEqualTo(ErrorCode.MetadataResolverBadGatewayError);
    }

    @Test
    void rule_6_a_subscription_unknown_to_the_directory_is_an_invalid_id() {
        DomainError error = add(approvedPayAsYouUse(), world().unknownSubscription().value());

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
        assertThat(message(error)).contains(world().unknownSubscription().value());
    }

    @Test
    void rule_7_an_enterprise_subscription_is_not_a_csp_subscription() {
        DomainError error = add(approvedPayAsYouUse(), world().nonCspCustomer().value());

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidCSPSubscription);
        assertThat(message(error)).contains(world().nonCspCustomer().value());
    }

    @Test
    void rule_8_a_customer_of_another_partner_is_refused() {
        RegistrationKey registration = approvedPayAsYouUse();

        DomainError error = add(registration, world().otherPartnerCustomer().value());

        assertThat(error.code()).isEqualTo(ErrorCode.BadCustomerSubscriptionId);
        assertThat(message(error)).contains(world().otherPartnerCustomer().value(), registration.name().value());
        assertThat(right(azure.customerSubscriptions().list(registration))).isEmpty();
    }

    @Test
    void getting_a_subscription_that_was_never_added_is_not_found() {
        RegistrationKey registration = approvedPayAsYouUse();

        DomainError error = left(azure.customerSubscriptions().get(registration, world().fabrikam().value()));

        assertThat(error.code()).isEqualTo(ErrorCode.CustomerSubscriptionNotFound);
        assertThat(message(error)).contains(world().fabrikam().value());
    }
}
