package io.stackbridge.adapters.http.server.identity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.vavr.collection.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token request's form body, fuzzed: always some fields; fields read are encoded again and read
 * the same. The body arrives as UTF-8 bytes, so the input goes through them first (no lone surrogate).
 */
class TokenFormFuzzTest {

    static void property(String input) {
        Map<String, String> fields = FormBody.parse(new String(input.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertThat(fields.values().forAll(value -> value != null)).isTrue();
        String encoded = fields.map(field -> encode(field._1) + "=" + encode(field._2)).mkString("&");
        assertThat(FormBody.parse(encoded)).isEqualTo(fields);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void every_form_body_gives_fields_that_round_trip() {
        FuzzRun.check("token-form", TokenFormFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
