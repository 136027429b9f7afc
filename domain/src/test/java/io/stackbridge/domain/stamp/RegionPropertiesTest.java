package io.stackbridge.domain.stamp;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.registration.ActivationKey;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RegionPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void without_activation_the_stamp_is_not_registered_and_shows_only_its_cloud_id() {
        RegionProperties properties = RegionProperties.of(StampSamples.CLOUD, Option.none(), NOW);

        assertThat(properties.status()).isEqualTo(RegistrationStatus.NOT_REGISTERED);
        assertThat(properties.cloudId()).isEqualTo(StampSamples.CLOUD);
        assertThat(properties.subscriptionId()).isEmpty();
        assertThat(properties.registrationName()).isEmpty();
    }

    @Test
    void an_activation_shows_the_registration_subscription_resource_group_and_name() {
        RegionProperties properties = RegionProperties.of(StampSamples.CLOUD,
                Option.some(StampSamples.activation(BillingModel.PayAsYouUse, NOW)), NOW);

        assertThat(properties.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(properties.subscriptionId()).contains(StampSamples.REGISTRATION.subscriptionId());
        assertThat(properties.resourceGroup()).contains(StampSamples.REGISTRATION.resourceGroup());
        assertThat(properties.registrationName()).contains(StampSamples.REGISTRATION.name());
        assertThat(properties.billingModel()).contains(BillingModel.PayAsYouUse);
    }

    @Test
    void a_key_past_its_expiry_shows_expired() {
        Activation expiring = new Activation(new ActivationKey("a.b.c"),
                StampSamples.claims(BillingModel.Capacity, NOW.plus(Duration.ofDays(1))), NOW);

        assertThat(RegionProperties.of(StampSamples.CLOUD, Option.some(expiring), NOW).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(RegionProperties.of(StampSamples.CLOUD, Option.some(expiring), NOW.plus(Duration.ofDays(2))).status())
                .isEqualTo(RegistrationStatus.EXPIRED);
    }
}
