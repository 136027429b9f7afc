package io.stackbridge.adapters.http.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRoutesTest extends EmulatorTestBase {

    @Test
    void the_key_set_names_the_signing_key_and_holds_only_its_public_half() {
        Response keys = emulator.anonymous.get("/_stackbridge/keys");

        assertThat(keys.status()).isEqualTo(200);
        JsonNode key = keys.json().path("keys").get(0);
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.path("alg").asText()).isEqualTo("RS256");
        assertThat(key.path("use").asText()).isEqualTo("sig");
        assertThat(key.path("kid").asText()).isEqualTo(emulator.fake.signing().keyId());
        assertThat(key.path("n").asText()).isNotBlank();
        assertThat(key.has("d")).as("no private exponent").isFalse();
    }

    @Test
    void the_published_key_verifies_an_activation_key_the_emulator_signed() throws Exception {
        ActivationKey signed = emulator.fake.signing().signActivationKey(StampStateSamples.activation(ActivationKeyClaims.NEVER).claims());
        RSAKey published = (RSAKey) JWKSet.parse(emulator.anonymous.get("/_stackbridge/keys").body()).getKeys().get(0);

        assertThat(JWSObject.parse(signed.value()).verify(new RSASSAVerifier(published))).isTrue();
    }
}
