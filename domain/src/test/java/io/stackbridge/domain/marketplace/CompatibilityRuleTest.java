package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.domain.marketplace.CompatibilityIssue.ADFSIdentitySystemRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.AzureADIdentitySystemRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.CapacityBillingModelRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.ConnectionToAzureRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.ConnectionToInternetRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.DevelopmentBillingModelRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.DisconnectedEnvironmentRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.HigherDeviceVersionRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.LowerDeviceVersionRequired;
import static io.stackbridge.domain.marketplace.CompatibilityIssue.PayAsYouGoBillingModelRequired;
import static org.assertj.core.api.Assertions.assertThat;

class CompatibilityRuleTest {

    private static final DeviceConfiguration V1910_ADFS = device("1910.0.0.0", IdentitySystem.ADFS);
    private static final DeviceConfiguration V2206_AAD = device("2206.2.66", IdentitySystem.AzureAD);

    @Test
    void a_product_without_constraints_fits_any_stamp() {
        Compatibility compatibility = CompatibilityRule.check(product(ProductConstraints.NONE), V1910_ADFS, registration(BillingModel.Capacity, false));

        assertThat(compatibility.isCompatible()).isTrue();
        assertThat(compatibility.issues()).isEmpty();
    }

    @Test
    void versions_outside_the_range_ask_for_a_higher_or_a_lower_one() {
        Product between = product(new ProductConstraints(Option.some(DeviceVersion.of("1911")), Option.some(DeviceVersion.of("2108.0.0.0")),
                Option.none(), Option.none(), ConnectionRequirement.None));

        assertThat(issues(between, V1910_ADFS, BillingModel.Development, true)).containsExactly(HigherDeviceVersionRequired);
        assertThat(issues(between, V2206_AAD, BillingModel.Development, true)).containsExactly(LowerDeviceVersionRequired);
        assertThat(issues(between, device("2108", IdentitySystem.ADFS), BillingModel.Development, true)).isEmpty();
        assertThat(issues(between, DeviceConfiguration.UNKNOWN, BillingModel.Development, true)).as("no version given, none checked").isEmpty();
    }

    @Test
    void each_billing_model_a_product_requires_has_its_own_issue() {
        assertThat(issues(billing(BillingModel.Capacity), V2206_AAD, BillingModel.PayAsYouUse, true)).containsExactly(CapacityBillingModelRequired);
        assertThat(issues(billing(BillingModel.PayAsYouUse), V2206_AAD, BillingModel.Capacity, true))
                .containsExactly(PayAsYouGoBillingModelRequired);
        assertThat(issues(billing(BillingModel.Development), V2206_AAD, BillingModel.Capacity, true))
                .containsExactly(DevelopmentBillingModelRequired);
        assertThat(issues(billing(BillingModel.Capacity), V2206_AAD, BillingModel.Capacity, true)).isEmpty();
    }

    @Test
    void the_identity_system_is_checked_only_when_the_stamp_states_it() {
        assertThat(issues(identity(IdentitySystem.AzureAD), V1910_ADFS, BillingModel.Development, true))
                .containsExactly(AzureADIdentitySystemRequired);
        assertThat(issues(identity(IdentitySystem.ADFS), V2206_AAD, BillingModel.Development, true)).containsExactly(ADFSIdentitySystemRequired);
        assertThat(issues(identity(IdentitySystem.ADFS), DeviceConfiguration.UNKNOWN, BillingModel.Development, true)).isEmpty();
    }

    @Test
    void a_registration_that_reports_usage_counts_as_connected() {
        assertThat(issues(connection(ConnectionRequirement.Internet), V2206_AAD, BillingModel.Capacity, false))
                .containsExactly(ConnectionToInternetRequired);
        assertThat(issues(connection(ConnectionRequirement.Azure), V2206_AAD, BillingModel.Capacity, false))
                .containsExactly(ConnectionToAzureRequired);
        assertThat(issues(connection(ConnectionRequirement.Disconnected), V2206_AAD, BillingModel.Capacity, true))
                .containsExactly(DisconnectedEnvironmentRequired);
        assertThat(issues(connection(ConnectionRequirement.Azure), V2206_AAD, BillingModel.Capacity, true)).isEmpty();
        assertThat(issues(connection(ConnectionRequirement.Disconnected), V2206_AAD, BillingModel.Capacity, false)).isEmpty();
    }

    @Test
    void every_issue_is_listed_in_the_rule_s_order_and_told_in_both_languages() {
        Product demanding = product(new ProductConstraints(Option.some(DeviceVersion.of("2301.0.0.0")), Option.none(),
                Option.some(BillingModel.Capacity), Option.some(IdentitySystem.AzureAD), ConnectionRequirement.Disconnected));

        Compatibility compatibility = CompatibilityRule.check(demanding, V1910_ADFS, registration(BillingModel.PayAsYouUse, true));

        assertThat(compatibility.issues()).containsExactly(HigherDeviceVersionRequired, CapacityBillingModelRequired,
                AzureADIdentitySystemRequired, DisconnectedEnvironmentRequired);
        CompatibilityFinding first = compatibility.findings().head();
        assertThat(MessageBundle.show(Language.EN, first)).contains("1910.0.0.0", "2301.0.0.0");
        assertThat(MessageBundle.show(Language.FR, first)).contains("1910.0.0.0", "2301.0.0.0")
                .isNotEqualTo(MessageBundle.show(Language.EN, first));
    }

    @Test
    void versions_compare_part_by_part_a_missing_part_counting_as_zero() {
        assertThat(DeviceVersion.of("2206.2.66").compareTo(DeviceVersion.of("2206.10"))).isNegative();
        assertThat(DeviceVersion.of("1911").compareTo(DeviceVersion.of("1911.0.0.0"))).isZero();
        assertThat(DeviceVersion.parse("deviceVersion", "22H2").isInvalid()).isTrue();
        assertThat(DeviceVersion.parse("deviceVersion", "1.2.3.4.5").isInvalid()).isTrue();
    }

    private static List<CompatibilityIssue> issues(Product product, DeviceConfiguration device, BillingModel model, boolean reporting) {
        return CompatibilityRule.check(product, device, registration(model, reporting)).issues();
    }

    private static Product billing(BillingModel model) {
        return product(new ProductConstraints(Option.none(), Option.none(), Option.some(model), Option.none(), ConnectionRequirement.None));
    }

    private static Product identity(IdentitySystem identity) {
        return product(new ProductConstraints(Option.none(), Option.none(), Option.none(), Option.some(identity), ConnectionRequirement.None));
    }

    private static Product connection(ConnectionRequirement connection) {
        return product(new ProductConstraints(Option.none(), Option.none(), Option.none(), Option.none(), connection));
    }

    private static DeviceConfiguration device(String version, IdentitySystem identity) {
        return new DeviceConfiguration(Option.some(DeviceVersion.of(version)), Option.some(identity));
    }

    static Product product(ProductConstraints constraints) {
        return new Product("Canonical.UbuntuServer.22_04-lts", ProductKind.VIRTUAL_MACHINE,
                new ProductListing("Ubuntu Server 22.04 LTS", "", "Canonical", "Canonical", "UbuntuServer", "1.0.0", "22_04-lts", "",
                        Option.none(), "Canonical.UbuntuServer22_04-lts.1.0.0", "22.04.202311010", 32_213_303_808L),
                new ProductPayload(OperatingSystem.Linux, ComputeRole.IaaS, 0, false, false, false), constraints);
    }

    private static RegistrationTokenContent registration(BillingModel model, boolean usageReporting) {
        return new RegistrationTokenContent(CloudId.of("aaaaaaaa-0000-4000-8000-000000000001"), ObjectId.of("aaaaaaaa-0004-4000-8000-000000000001"),
                model, usageReporting, true, Option.none(), Option.none(), List.empty(), "stackbridge", "1.0");
    }
}
