package io.stackbridge.adapters.fakeazure.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A detached signature checks with the published public key against its content, and against nothing else. */
class DetachedSigningTest {

    private static final RsaTokenSigning SIGNING = new RsaTokenSigning();
    private static final byte[] CONTENT = "{\"customCloudArmEndpoint\":\"https://emulator.test/\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_signature_has_no_payload_names_the_key_and_verifies_with_the_published_key() throws Exception {
        String signature = SIGNING.signDetached(CONTENT);
        JWSObject jws = JWSObject.parse(signature, new Payload(CONTENT));

        assertThat(signature.split("\\.", -1)).hasSize(3);
        assertThat(signature.split("\\.", -1)[1]).isEmpty();
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jws.getHeader().getKeyID()).isEqualTo(SIGNING.keyId());
        assertThat(jws.verify(new RSASSAVerifier(RSAKey.parse(SIGNING.publicJwk()).toRSAPublicKey()))).isTrue();
    }

    @Test
    void other_content_or_another_key_does_not_verify() throws Exception {
        String signature = SIGNING.signDetached(CONTENT);
        byte[] tampered = "{\"customCloudArmEndpoint\":\"https://elsewhere.test/\"}".getBytes(StandardCharsets.UTF_8);
        RSAKey other = RSAKey.parse(new RsaTokenSigning().publicJwk());

        assertThat(JWSObject.parse(signature, new Payload(tampered))
                .verify(new RSASSAVerifier(RSAKey.parse(SIGNING.publicJwk()).toRSAPublicKey()))).isFalse();
        assertThat(JWSObject.parse(signature, new Payload(CONTENT)).verify(new RSASSAVerifier(other.toRSAPublicKey()))).isFalse();
    }

    @Test
    void the_caching_signer_signs_with_the_same_key() throws Exception {
        String signature = new CachingTokenSigning(SIGNING).signDetached(CONTENT);

        assertThat(JWSObject.parse(signature, new Payload(CONTENT))
                .verify(new RSASSAVerifier(RSAKey.parse(SIGNING.publicJwk()).toRSAPublicKey()))).isTrue();
    }
}
