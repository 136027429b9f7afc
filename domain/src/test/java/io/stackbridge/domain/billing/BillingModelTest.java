package io.stackbridge.domain.billing;

import io.stackbridge.domain.validation.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BillingModelTest {

    @Test
    void only_pay_as_you_use_allows_tenants() {
        assertThat(BillingModel.values()).filteredOn(BillingModel::allowsTenants).containsExactly(BillingModel.PayAsYouUse);
    }

    @Test
    void only_pay_as_you_use_forbids_turning_usage_reporting_off() {
        assertThat(BillingModel.values()).filteredOn(model -> !model.usageReporting().mayBeDisabled())
                .containsExactly(BillingModel.PayAsYouUse);
    }

    @Test
    void capacity_and_custom_report_nothing_unless_asked_while_the_others_report_by_default() {
        assertThat(BillingModel.values()).filteredOn(model -> !model.usageReporting().enabledByDefault())
                .containsExactly(BillingModel.Capacity, BillingModel.Custom);
    }

    @Test
    void capacity_requires_an_agreement_number_and_custom_an_asset_tag() {
        assertThat(BillingModel.values()).filteredOn(BillingModel::requiresAgreementNumber).containsExactly(BillingModel.Capacity);
        assertThat(BillingModel.values()).filteredOn(BillingModel::requiresMsAssetTag).containsExactly(BillingModel.Custom);
    }

    @Test
    void development_usage_is_never_charged_and_pay_as_you_use_needs_a_connection() {
        assertThat(BillingModel.Development.charged()).isFalse();
        assertThat(BillingModel.values()).filteredOn(BillingModel::connectedOnly).containsExactly(BillingModel.PayAsYouUse);
    }

    @Test
    void model_names_are_read_in_any_case() {
        assertThat(BillingModel.parse("payasyouuse").get()).isEqualTo(BillingModel.PayAsYouUse);
    }

    @Test
    void an_unknown_model_is_rejected_naming_the_field_and_the_known_models() {
        var problem = BillingModel.parse("Subscription").getError().head();

        assertThat(problem.field()).isEqualTo("billingModel");
        assertThat(problem.rule()).isEqualTo(Rule.UNKNOWN_VALUE);
        assertThat(problem.ruleArguments()).containsExactly("Development, PayAsYouUse, Capacity, Custom, Ruggedized");
    }
}
