package io.stackbridge.adapters.fakeazure.token;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration token, fuzzed: the input is decoded as a token itself and as the JSON inside one
 * (Base64 standard and URL-safe), so mutations reach the JSON and the token rules, not only the Base64.
 * A token whose content passes the rules is encoded again and decodes to the same content.
 */
class RegistrationTokenFuzzTest {

    private static final JsonRegistrationTokenCodec CODEC = new JsonRegistrationTokenCodec();

    static void property(String input) {
        byte[] json = input.getBytes(StandardCharsets.UTF_8);
        decodes(input);
        decodes(Base64.getEncoder().encodeToString(json));
        decodes(Base64.getUrlEncoder().withoutPadding().encodeToString(json));
    }

    private static void decodes(String token) {
        Outcomes.codedSeq(CODEC.decode(token))
                .flatMap(fields -> Outcomes.coded(RegistrationTokenContent.from(fields)))
                .forEach(content -> assertThat(RegistrationTokenContent.from(CODEC.decode(CODEC.encode(content)).get()).get())
                        .isEqualTo(content));
    }

    @Test
    void every_token_decodes_to_content_that_round_trips_or_to_a_coded_refusal() {
        FuzzRun.check("registration-token", RegistrationTokenFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
