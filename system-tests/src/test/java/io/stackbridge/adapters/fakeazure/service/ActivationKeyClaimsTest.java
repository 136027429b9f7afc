package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.junit.FakeAzure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The activation key, read back through the fake's signing port, describes the registration and points at the fake's usage service. */
class ActivationKeyClaimsTest {

    private final FakeAzure azure = FakeAzure.start();
    private final Stamp stamp = Stamp.payAsYouUse(azure);

    private ActivationKey key() {
        return azure.registrations().activationKey(stamp.key()).get();
    }

    @Test
    void the_claims_match_the_registration_and_its_token() {
        ActivationKeyClaims claims = azure.signing().readActivationKey(key()).get();

        assertThat(claims.registration()).isEqualTo(stamp.key());
        assertThat(claims.cloudId()).isEqualTo(stamp.token().cloudId());
        assertThat(claims.objectId()).isEqualTo(stamp.token().objectId());
        assertThat(claims.billingModel()).isEqualTo(stamp.token().billingModel());
        assertThat(claims.usageReportingEnabled()).isTrue();
        assertThat(claims.hardwareInfo()).isEqualTo(stamp.token().hardwareInfo());
        assertThat(claims.expires()).isEqualTo(ActivationKeyClaims.NEVER);
    }

    @Test
    void a_capacity_key_lasts_one_yearly_term_from_its_issue_by_azures_clock() {
        Stamp capacity = Stamp.capacity(azure);
        ActivationKey key = azure.registrations().activationKey(capacity.key()).get();

        ActivationKeyClaims claims = azure.signing().readActivationKey(key).get();

        assertThat(claims.expires()).isBetween(azure.clock().now().plus(ActivationKeyClaims.CAPACITY_TERM).minusSeconds(60),
                azure.clock().now().plus(ActivationKeyClaims.CAPACITY_TERM));
    }

    @Test
    void the_claims_point_at_the_fakes_usage_endpoint_and_resource() {
        ActivationKeyClaims claims = azure.signing().readActivationKey(key()).get();

        assertThat(claims.usageEndpoint()).isEqualTo(azure.endpoints().usage().toString());
        assertThat(claims.usageResourceUri()).isEqualTo(azure.endpoints().usageResourceUri());
    }

    @Test
    void a_tampered_key_or_one_signed_by_another_fake_is_not_accepted() {
        String[] parts = key().value().split("\\.");
        ActivationKey tampered = new ActivationKey(parts[0] + "." + parts[1] + "x." + parts[2]);
        FakeAzure other = FakeAzure.start();
        ActivationKey foreign = other.registrations().activationKey(Stamp.payAsYouUse(other).key()).get();

        assertThat(azure.signing().readActivationKey(tampered).getLeft()).isIn(TokenProblem.MALFORMED, TokenProblem.BAD_SIGNATURE);
        assertThat(azure.signing().readActivationKey(foreign).getLeft()).isEqualTo(TokenProblem.BAD_SIGNATURE);
        assertThat(azure.signing().readActivationKey(new ActivationKey("not-a-key")).getLeft()).isEqualTo(TokenProblem.MALFORMED);
    }
}
