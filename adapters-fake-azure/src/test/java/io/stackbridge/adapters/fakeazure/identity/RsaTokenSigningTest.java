package io.stackbridge.adapters.fakeazure.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.ETag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RsaTokenSigningTest {

    private static final RsaTokenSigning SIGNING = new RsaTokenSigning();
    private static final RsaTokenSigning OTHER_FAKE = new RsaTokenSigning();
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final AccessTokenClaims CLAIMS = new AccessTokenClaims("https://usage.microsoftazurestack.com",
            "https://login.stackbridge.invalid/" + DefaultWorld.PARTNER_TENANT + "/v2.0", NOW, NOW.plusSeconds(3600),
            DefaultWorld.BRIDGE_CLIENT_ID, DefaultWorld.PARTNER_TENANT, DefaultWorld.BRIDGE_OBJECT_ID);

    private static ActivationKeyClaims activationClaims() {
        CloudId cloud = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
        Registration registration = Registration.create(RegistrationKey.of(DefaultWorld.REGISTRATION_SUBSCRIPTION.value(),
                "azurestack", "azurestack-" + cloud), StampTokens.content(cloud, BillingModel.Custom), ETag.from(UUID.randomUUID()));
        return ActivationKeyClaims.of(registration, AzureEndpoints.IN_PROCESS, java.time.Instant.parse("2026-11-21T00:00:00Z"));
    }

    private static String tamperedPayload(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @Test
    void an_access_token_reads_back_with_the_claims_it_was_signed_with() {
        assertThat(SIGNING.readAccessToken(SIGNING.signAccessToken(CLAIMS)).get()).isEqualTo(CLAIMS);
    }

    @Test
    void an_access_token_carries_the_entra_claim_names_and_the_key_id() {
        String[] parts = SIGNING.signAccessToken(CLAIMS).split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        assertThat(header).contains("\"alg\":\"RS256\"", "\"kid\":\"" + SIGNING.keyId() + "\"");
        assertThat(payload).contains("\"aud\":", "\"iss\":", "\"nbf\":" + NOW.getEpochSecond(), "\"exp\":", "\"iat\":",
                "\"appid\":", "\"tid\":", "\"oid\":", "\"jti\":");
    }

    @Test
    void an_activation_key_reads_back_with_every_claim() {
        ActivationKeyClaims claims = activationClaims();

        assertThat(SIGNING.readActivationKey(SIGNING.signActivationKey(claims)).get()).isEqualTo(claims);
    }

    @Test
    void an_activation_key_names_its_claims_as_azure_does() {
        String payload = new String(Base64.getUrlDecoder().decode(SIGNING.signActivationKey(activationClaims()).value().split("\\.")[1]),
                StandardCharsets.UTF_8);

        assertThat(payload).contains("\"subscriptionId\":", "\"resourceGroupName\":\"azurestack\"", "\"registrationName\":",
                "\"cloudId\":", "\"objectId\":", "\"billingModel\":\"Custom\"", "\"usageReportingEnabled\":false",
                "\"marketplaceSyndicationEnabled\":false", "\"usageEndpoint\":\"https://usage.stackbridge.invalid\"",
                "\"usageResourceUri\":\"https://usage.microsoftazurestack.com\"", "\"hardwareInfo\":[{\"name\":\"node01\"",
                "\"expires\":\"9999-12-30T23:59:59Z\"", "\"issuer\":\"stackbridge\"", "\"version\":\"4.0\"");
    }

    @Test
    void a_token_whose_payload_was_changed_has_a_bad_signature() {
        String token = SIGNING.signAccessToken(CLAIMS);
        String forged = tamperedPayload(token, DefaultWorld.BRIDGE_OBJECT_ID.value(), "aaaaaaaa-0004-4000-8000-000000000002");
        ActivationKey key = SIGNING.signActivationKey(activationClaims());

        assertThat(SIGNING.readAccessToken(forged).getLeft()).isEqualTo(TokenProblem.BAD_SIGNATURE);
        assertThat(SIGNING.readActivationKey(new ActivationKey(tamperedPayload(key.value(), "Custom", "Capacity"))).getLeft())
                .isEqualTo(TokenProblem.BAD_SIGNATURE);
    }

    @Test
    void a_token_whose_signature_was_changed_has_a_bad_signature() {
        String token = SIGNING.signAccessToken(CLAIMS);
        int middle = token.lastIndexOf('.') + 40;
        String forged = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);

        assertThat(SIGNING.readAccessToken(forged).getLeft()).isEqualTo(TokenProblem.BAD_SIGNATURE);
    }

    @Test
    void a_token_signed_by_another_fake_azure_has_a_bad_signature() {
        assertThat(SIGNING.readAccessToken(OTHER_FAKE.signAccessToken(CLAIMS)).getLeft()).isEqualTo(TokenProblem.BAD_SIGNATURE);
        assertThat(SIGNING.readActivationKey(OTHER_FAKE.signActivationKey(activationClaims())).getLeft())
                .isEqualTo(TokenProblem.BAD_SIGNATURE);
    }

    @Test
    void garbage_is_malformed() {
        assertThat(SIGNING.readAccessToken("not a token").getLeft()).isEqualTo(TokenProblem.MALFORMED);
        assertThat(SIGNING.readAccessToken("a.b.c").getLeft()).isEqualTo(TokenProblem.MALFORMED);
        assertThat(SIGNING.readAccessToken("").getLeft()).isEqualTo(TokenProblem.MALFORMED);
        assertThat(SIGNING.readActivationKey(new ActivationKey("x.y")).getLeft()).isEqualTo(TokenProblem.MALFORMED);
    }

    @Test
    void a_well_signed_token_missing_a_claim_is_malformed() {
        SignedJson sameKey = new SignedJson(SIGNING.key());
        String withoutTenant = sameKey.sign(AccessTokenJson.write(CLAIMS).without("tid"));

        assertThat(SIGNING.readAccessToken(withoutTenant).getLeft()).isEqualTo(TokenProblem.MALFORMED);
        assertThat(SIGNING.readActivationKey(new ActivationKey(sameKey.sign(JsonTrees.object().put("cloudId", "x")))).getLeft())
                .isEqualTo(TokenProblem.MALFORMED);
    }

    @Test
    void the_published_jwk_is_the_public_half_of_a_2048_bit_rs256_key() throws ParseException {
        RSAKey jwk = JWK.parse(SIGNING.publicJwk()).toRSAKey();

        assertThat(jwk.isPrivate()).isFalse();
        assertThat(jwk.getKeyID()).isEqualTo(SIGNING.keyId()).isNotEqualTo(OTHER_FAKE.keyId());
        assertThat(jwk.size()).isEqualTo(2048);
        assertThat(jwk.getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(SIGNING.publicJwkSet()).startsWith("{\"keys\":[").doesNotContain("\"d\":");
    }

    @Test
    void a_supplied_key_reads_what_the_same_key_signed_before_and_nothing_else() {
        RsaTokenSigning kept = RsaTokenSigning.withPrivateJwk(SIGNING.privateJwk());
        ActivationKey key = SIGNING.signActivationKey(activationClaims());

        assertThat(kept.keyId()).isEqualTo(SIGNING.keyId());
        assertThat(kept.readAccessToken(SIGNING.signAccessToken(CLAIMS)).get()).isEqualTo(CLAIMS);
        assertThat(kept.readActivationKey(key).get()).isEqualTo(activationClaims());
        assertThat(SIGNING.readAccessToken(kept.signAccessToken(CLAIMS)).get()).isEqualTo(CLAIMS);
        assertThat(OTHER_FAKE.readActivationKey(key).getLeft()).isEqualTo(TokenProblem.BAD_SIGNATURE);
    }

    @Test
    void a_public_or_unreadable_jwk_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RsaTokenSigning.withPrivateJwk(SIGNING.publicJwk()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RsaTokenSigning.withPrivateJwk("{"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Found by the parser fuzz test: the payload went through String.getBytes, which turned the surrogate into '?'. */
    @Test
    void claims_read_from_an_escaped_lone_surrogate_are_signed_and_read_back_the_same() {
        ActivationKeyClaims c = activationClaims();
        ActivationKeyClaims odd = new ActivationKeyClaims(c.subscriptionId(), c.resourceGroupName(), c.registrationName(), c.cloudId(),
                c.objectId(), c.billingModel(), c.usageReportingEnabled(), c.marketplaceSyndicationEnabled(), c.usageEndpoint(),
                c.usageResourceUri(), c.hardwareInfo(), c.expires(), "stack\ud800bridge", c.version());

        assertThat(SIGNING.readActivationKey(SIGNING.signActivationKey(odd)).get()).isEqualTo(odd);
    }

    /** Found by the parser fuzz test: Instant.ofEpochSecond threw DateTimeException out of readAccessToken. */
    @Test
    void an_access_token_expiring_past_the_last_instant_is_malformed() {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SIGNING.keyId()).build(),
                new Payload(JsonTrees.compact(AccessTokenJson.write(CLAIMS).put("exp", 179_525_959_595_959_730L))));
        try {
            jws.sign(new RSASSASigner(SIGNING.key()));
        } catch (JOSEException impossible) {
            throw new IllegalStateException(impossible);
        }

        assertThat(SIGNING.readAccessToken(jws.serialize()).getLeft()).isEqualTo(TokenProblem.MALFORMED);
    }
}
