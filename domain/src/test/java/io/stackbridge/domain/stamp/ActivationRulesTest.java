package io.stackbridge.domain.stamp;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.StampError.ActivationKeyMismatch;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivationRulesTest {

    private static final Stamp STAMP = StampSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse));
    private static final ActivationKeyClaims CLAIMS = StampSamples.claims(BillingModel.PayAsYouUse, ActivationKeyClaims.NEVER);

    @Test
    void a_key_for_this_stamp_and_its_principal_passes() {
        assertThat(ActivationRules.check(STAMP, CLAIMS).get()).isEqualTo(CLAIMS);
    }

    @Test
    void a_key_for_another_cloud_is_refused_naming_both_cloud_ids() {
        CloudId other = CloudId.of("99999999-0000-4000-8000-000000000009");
        ActivationKeyClaims foreign = new ActivationKeyClaims(CLAIMS.subscriptionId(), CLAIMS.resourceGroupName(),
                CLAIMS.registrationName(), other, CLAIMS.objectId(), CLAIMS.billingModel(), true, true, CLAIMS.usageEndpoint(),
                CLAIMS.usageResourceUri(), CLAIMS.hardwareInfo(), CLAIMS.expires(), CLAIMS.issuer(), CLAIMS.version());

        assertThat(ActivationRules.check(STAMP, foreign).getLeft())
                .isEqualTo(new ActivationKeyMismatch("cloudId", STAMP.cloudId().value(), other.value()));
    }

    @Test
    void a_key_for_another_principal_is_refused_naming_the_object_ids() {
        ObjectId other = ObjectId.of("99999999-0000-4000-8000-000000000008");
        ActivationKeyClaims foreign = new ActivationKeyClaims(CLAIMS.subscriptionId(), CLAIMS.resourceGroupName(),
                CLAIMS.registrationName(), CLAIMS.cloudId(), other, CLAIMS.billingModel(), true, true, CLAIMS.usageEndpoint(),
                CLAIMS.usageResourceUri(), CLAIMS.hardwareInfo(), CLAIMS.expires(), CLAIMS.issuer(), CLAIMS.version());

        assertThat(ActivationRules.check(STAMP, foreign).getLeft().target()).contains("objectId");
    }
}
