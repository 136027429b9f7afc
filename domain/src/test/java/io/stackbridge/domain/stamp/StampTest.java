package io.stackbridge.domain.stamp;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

import static io.stackbridge.domain.stamp.StampSamples.stamp;
import static org.assertj.core.api.Assertions.assertThat;

class StampTest {

    @Test
    void a_stamp_writes_its_cloud_principal_nodes_and_billing_choice_into_its_token_content() {
        RegistrationTokenContent content = stamp(BillingChoice.of(BillingModel.PayAsYouUse)).tokenContent().get();

        assertThat(content.cloudId()).isEqualTo(StampSamples.CLOUD);
        assertThat(content.objectId()).isEqualTo(StampSamples.OBJECT);
        assertThat(content.billingModel()).isEqualTo(BillingModel.PayAsYouUse);
        assertThat(content.usageReportingEnabled()).isTrue();
        assertThat(content.marketplaceSyndicationEnabled()).isTrue();
        assertThat(content.version()).isEqualTo(Stamp.TOKEN_VERSION);
    }

    @Test
    void capacity_without_an_agreement_number_is_refused_naming_the_field() {
        Seq<Violation> problems = Stamp.of(StampSamples.CLOUD, List.of(io.stackbridge.domain.registration.TokenFieldsBuilder.NODE),
                BillingChoice.of(BillingModel.Capacity), StampSamples.PRINCIPAL).getError();

        assertThat(problems).extracting(Violation::field).containsExactly("agreementNumber");
        assertThat(problems.head().rule()).isEqualTo(Rule.REQUIRED_BY_BILLING_MODEL);
    }

    @Test
    void every_broken_rule_of_a_choice_is_reported_at_once() {
        BillingChoice choice = BillingChoice.of(BillingModel.PayAsYouUse).withUsageReporting(false);
        Stamp stamp = stamp(BillingChoice.of(BillingModel.Development));

        assertThat(stamp.withBilling(choice).getError()).extracting(Violation::field).containsExactly("usageReportingEnabled");
        assertThat(stamp.withBilling(BillingChoice.of(BillingModel.Custom)).getError()).extracting(Violation::field)
                .containsExactly("msAssetTag");
    }

    @Test
    void a_valid_choice_replaces_the_old_one() {
        Stamp changed = stamp(BillingChoice.of(BillingModel.Development))
                .withBilling(BillingChoice.of(BillingModel.Capacity).withAgreementNumber("EA-1234").withUsageReporting(false)).get();

        assertThat(changed.billing().model()).isEqualTo(BillingModel.Capacity);
        assertThat(changed.tokenContent().get().agreementNumber()).contains("EA-1234");
        assertThat(changed.tokenContent().get().usageReportingEnabled()).isFalse();
    }

    @Test
    void the_conventional_registration_name_carries_the_cloud_id() {
        assertThat(stamp(BillingChoice.of(BillingModel.Development)).conventionalRegistrationName().value())
                .isEqualTo("azurestack-" + StampSamples.CLOUD.value());
    }
}
