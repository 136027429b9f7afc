package io.stackbridge.domain.bridge;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.StampSamples;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeTargetTest {

    @Test
    void the_bridge_signs_in_for_the_usage_resource_the_activation_names_and_pushes_to_its_endpoint() {
        BridgeTarget target = BridgeTarget.of(StampSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse)),
                StampSamples.activation(BillingModel.PayAsYouUse, Instant.EPOCH));

        assertThat(target.scope()).isEqualTo("https://usage.microsoftazurestack.com/.default");
        assertThat(target.usageEndpoint().toString()).isEqualTo("https://usage.stackbridge.invalid");
        assertThat(target.loginEndpoint()).isEqualTo(StampSamples.PRINCIPAL.loginEndpoint());
    }
}
