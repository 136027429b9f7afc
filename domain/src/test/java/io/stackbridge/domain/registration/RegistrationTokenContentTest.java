package io.stackbridge.domain.registration;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.stackbridge.domain.registration.TokenFieldsBuilder.aToken;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationTokenContentTest {

    @Test
    void a_complete_development_token_is_accepted_with_reporting_on_by_default() {
        RegistrationTokenContent token = aToken().content();

        assertThat(token.cloudId().value()).isEqualTo(TokenFieldsBuilder.CLOUD_ID);
        assertThat(token.billingModel()).isEqualTo(BillingModel.Development);
        assertThat(token.usageReportingEnabled()).isTrue();
        assertThat(token.marketplaceSyndicationEnabled()).isTrue();
        assertThat(token.hardwareInfo()).containsExactly(TokenFieldsBuilder.NODE);
    }

    @Test
    void capacity_reports_nothing_unless_the_token_turns_reporting_on() {
        assertThat(aToken().billingModel("Capacity").agreementNumber("EA-1234").content().usageReportingEnabled()).isFalse();
        assertThat(aToken().billingModel("Capacity").agreementNumber("EA-1234").usageReportingEnabled("TRUE").content()
                .usageReportingEnabled()).isTrue();
    }

    @Test
    void every_missing_required_field_is_reported_at_once() {
        var problems = RegistrationTokenContent.from(aToken().cloudId(null).objectId(null).billingModel(null)
                .hardwareInfo(null).version(null).build()).getError();

        assertThat(problems.map(Violation::field))
                .containsExactly("cloudId", "objectId", "billingModel", "hardwareInfo", "version");
        assertThat(problems.map(Violation::rule)).containsOnly(Rule.REQUIRED);
    }

    @Test
    void capacity_without_an_agreement_number_is_rejected_naming_the_field() {
        var problems = RegistrationTokenContent.from(aToken().billingModel("Capacity").agreementNumber("  ").build()).getError();

        assertThat(problems).containsExactly(Violation.of("agreementNumber", "  ", Rule.REQUIRED_BY_BILLING_MODEL, "Capacity"));
    }

    @Test
    void custom_without_an_asset_tag_is_rejected_naming_the_field() {
        var problems = RegistrationTokenContent.from(aToken().billingModel("Custom").build()).getError();

        assertThat(problems.map(Violation::field)).containsExactly("msAssetTag");
    }

    @Test
    void pay_as_you_use_cannot_switch_usage_reporting_off() {
        var problems = RegistrationTokenContent.from(aToken().billingModel("PayAsYouUse").usageReportingEnabled("false").build())
                .getError();

        assertThat(problems).containsExactly(
                Violation.of("usageReportingEnabled", "false", Rule.FORBIDDEN_BY_BILLING_MODEL, "PayAsYouUse"));
    }

    @Test
    void malformed_values_and_billing_rules_are_reported_together() {
        var problems = RegistrationTokenContent.from(aToken().cloudId("cloud").usageReportingEnabled("yes")
                .billingModel("Capacity").build()).getError();

        assertThat(problems.map(Violation::rule))
                .containsExactly(Rule.NOT_A_GUID, Rule.NOT_A_BOOLEAN, Rule.REQUIRED_BY_BILLING_MODEL);
    }

    @Test
    void an_unknown_billing_model_is_rejected_without_applying_billing_rules() {
        var problems = RegistrationTokenContent.from(aToken().billingModel("Free").build()).getError();

        assertThat(problems.map(Violation::field)).containsExactly("billingModel");
    }

    @Test
    void a_token_without_hardware_nodes_is_rejected() {
        var problems = RegistrationTokenContent.from(aToken().hardwareInfo(List.empty()).build()).getError();

        assertThat(problems).containsExactly(Violation.of("hardwareInfo", "[]", Rule.EMPTY_LIST));
    }
}
