package io.stackbridge.adapters.fakeazure.identity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.registration.ActivationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activation key (and the access token, read the same way), fuzzed twice over: the input as the
 * compact key itself, and the input as the claims of a key this fake really signed, so mutations
 * reach the claims reader past the signature. Claims that read are signed again and read the same.
 * Each try signs up to three times, so verify runs 500 of them.
 */
class ActivationKeyFuzzTest {

    private static final RsaTokenSigning SIGNING = RsaTokenSigning.generated();

    static void property(String input) {
        reads(input);
        reads(signed(input));
    }

    private static void reads(String key) {
        var claims = SIGNING.readActivationKey(new ActivationKey(key));
        assertThat(claims.isLeft() ? claims.getLeft() : claims.get()).isNotNull();
        claims.forEach(read -> assertThat(SIGNING.readActivationKey(SIGNING.signActivationKey(read)).get()).isEqualTo(read));
        var access = SIGNING.readAccessToken(key);
        assertThat(access.isLeft() ? access.getLeft() : access.get()).isNotNull();
        access.forEach(read -> assertThat(SIGNING.readAccessToken(SIGNING.signAccessToken(read)).get()).isEqualTo(read));
    }

    private static String signed(String payload) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SIGNING.keyId()).build(), new Payload(payload));
        try {
            jws.sign(new RSASSASigner(SIGNING.key()));
        } catch (JOSEException impossible) {
            throw new IllegalStateException(impossible);
        }
        return jws.serialize();
    }

    @Test
    void every_key_reads_to_claims_that_round_trip_or_to_a_token_problem() {
        FuzzRun.check("activation-key", 500, ActivationKeyFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
