package io.stackbridge.domain.tenant;

import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.TenantRegistrationError;
import io.stackbridge.domain.error.TenantRegistrationError.RegistrationNotFound;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.stackbridge.domain.registration.TokenFieldsBuilder.aToken;
import static org.assertj.core.api.Assertions.assertThat;

class TenantOnboardingPolicyTest {

    private static final PartnerId PARTNER = PartnerId.of("contoso-csp");
    private static final PartnerId OTHER_PARTNER = PartnerId.of("fabrikam-csp");
    private static final SubscriptionId REGISTRATION_SUBSCRIPTION = SubscriptionId.of("dd8597b4-8739-4467-8b10-f8679f62bfbf");
    private static final RegistrationKey KEY = new RegistrationKey(REGISTRATION_SUBSCRIPTION,
            io.stackbridge.domain.id.ResourceGroupName.of("azurestack"), io.stackbridge.domain.id.RegistrationName.of("reg"));
    private static final TenantId CUSTOMER_TENANT = TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2");
    private static final String SAME_PARTNER = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    private static final String OTHER_PARTNERS = "11111111-2222-4333-8444-555555555555";
    private static final String ENTERPRISE = "22222222-3333-4444-8555-666666666666";
    private static final String UNKNOWN = "33333333-4444-4555-8666-777777777777";

    private final StubFacts facts = new StubFacts()
            .know(csp(REGISTRATION_SUBSCRIPTION.value(), PARTNER, TenantId.of("0b1e3ba4-4b53-4fd0-9c44-8a1d0f4e9f10")))
            .know(csp(SAME_PARTNER, PARTNER, CUSTOMER_TENANT))
            .know(csp(OTHER_PARTNERS, OTHER_PARTNER, TenantId.of("44444444-5555-4666-8777-888888888888")))
            .know(new DirectorySubscription(SubscriptionId.of(ENTERPRISE), OfferType.EA, Option.none(), CUSTOMER_TENANT));

    private static DirectorySubscription csp(String id, PartnerId partner, TenantId tenant) {
        return new DirectorySubscription(SubscriptionId.of(id), OfferType.CSP, Option.some(partner), tenant);
    }

    private static Registration registration(String billingModel) {
        var token = aToken().billingModel(billingModel).agreementNumber("EA-42").msAssetTag("TAG-1").content();
        return Registration.create(KEY, token, ETag.from(UUID.randomUUID()));
    }

    private StubFacts approvedPayAsYouUse() {
        return facts.register(registration("PayAsYouUse"), true);
    }

    private TenantRegistrationError rejection(String customerSubscriptionId) {
        return TenantOnboardingPolicy.evaluate(new CustomerSubscriptionRequest(KEY, customerSubscriptionId, Option.none()), facts)
                .getLeft();
    }

    @Test
    void a_csp_subscription_of_the_same_partner_is_accepted_with_the_directory_tenant() {
        approvedPayAsYouUse();

        var decision = TenantOnboardingPolicy.evaluate(new CustomerSubscriptionRequest(KEY, SAME_PARTNER, Option.none()), facts).get();

        assertThat(decision.customerSubscriptionId().value()).isEqualTo(SAME_PARTNER);
        assertThat(decision.tenantId()).isEqualTo(CUSTOMER_TENANT);
    }

    @Test
    void a_tenant_named_in_the_request_is_kept() {
        approvedPayAsYouUse();
        TenantId named = TenantId.of("55555555-6666-4777-8888-999999999999");

        var decision = TenantOnboardingPolicy.evaluate(new CustomerSubscriptionRequest(KEY, SAME_PARTNER, Option.some(named)), facts);

        assertThat(decision.get().tenantId()).isEqualTo(named);
    }

    @Test
    void rule_1_a_malformed_id_wins_over_a_missing_registration_and_asks_nothing() {
        assertThat(rejection("not-a-guid").code()).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
        assertThat(facts.registrationLookups).isZero();
        assertThat(facts.directoryLookups).isZero();
    }

    @Test
    void rule_2_a_missing_registration_is_reported_with_the_three_values_given() {
        assertThat(rejection(SAME_PARTNER)).isEqualTo(new RegistrationNotFound(KEY));
        assertThat(facts.directoryLookups).isZero();
    }

    @Test
    void rule_3_a_capacity_registration_rejects_a_valid_id_but_rule_1_still_wins_on_a_malformed_one() {
        facts.register(registration("Capacity"), true);

        assertThat(rejection(SAME_PARTNER).code()).isEqualTo(ErrorCode.CustomerSubscriptionsNotAllowed);
        assertThat(rejection("E09A4E93-bad").code()).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
    }

    @Test
    void rule_3_development_registrations_do_not_allow_tenants_either() {
        facts.register(registration("Development"), true);

        assertThat(rejection(SAME_PARTNER).code()).isEqualTo(ErrorCode.CustomerSubscriptionsNotAllowed);
    }

    @Test
    void rule_4_an_unapproved_registration_is_refused_before_the_directory_is_asked() {
        facts.register(registration("PayAsYouUse"), false);
        facts.directoryDown = true;

        assertThat(rejection(UNKNOWN).code()).isEqualTo(ErrorCode.UnauthorizedCspRegistration);
        assertThat(facts.directoryLookups).isZero();
    }

    @Test
    void rule_5_a_failing_directory_is_a_retryable_bad_gateway_even_for_an_unknown_subscription() {
        approvedPayAsYouUse().directoryDown = true;

        TenantRegistrationError error = rejection(UNKNOWN);

        assertThat(error.code()).isEqualTo(ErrorCode.MetadataResolverBadGatewayError);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void rule_6_a_subscription_unknown_to_the_directory_is_invalid() {
        approvedPayAsYouUse();

        assertThat(rejection(UNKNOWN).code()).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
    }

    @Test
    void rule_7_a_non_csp_subscription_is_refused() {
        approvedPayAsYouUse();

        assertThat(rejection(ENTERPRISE).code()).isEqualTo(ErrorCode.InvalidCSPSubscription);
    }

    @Test
    void rule_8_a_subscription_of_another_partner_is_refused() {
        approvedPayAsYouUse();

        assertThat(rejection(OTHER_PARTNERS).code()).isEqualTo(ErrorCode.BadCustomerSubscriptionId);
    }

    @Test
    void rule_8_fails_when_the_registration_subscription_is_not_a_csp_one() {
        approvedPayAsYouUse().know(new DirectorySubscription(REGISTRATION_SUBSCRIPTION, OfferType.EA, Option.none(), CUSTOMER_TENANT));

        assertThat(rejection(SAME_PARTNER).code()).isEqualTo(ErrorCode.BadCustomerSubscriptionId);
    }
}
