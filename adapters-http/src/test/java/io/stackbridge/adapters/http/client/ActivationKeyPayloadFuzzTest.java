package io.stackbridge.adapters.http.client;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims of a verified activation key as the stamp's HTTP client reads them, fuzzed: claims or none, never an exception. */
class ActivationKeyPayloadFuzzTest {

    static void property(String payload) {
        assertThat(ActivationKeyPayload.read(payload)).isNotNull();
    }

    @Test
    void every_payload_reads_to_claims_or_none() {
        FuzzRun.check("activation-key-payload", ActivationKeyPayloadFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
