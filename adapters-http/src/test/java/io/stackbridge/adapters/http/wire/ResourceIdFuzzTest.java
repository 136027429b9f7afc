package io.stackbridge.adapters.http.wire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** ARM resource IDs, fuzzed: the registration an ID names, read with the domain's parsers, or a coded refusal. */
class ResourceIdFuzzTest {

    static void property(String id) {
        Outcomes.coded(ResourceIdPath.registration(id)).forEach(key -> {
            String[] parts = id.split("/");
            assertThat(key.name().value()).isEqualTo(parts[8]);
            assertThat(key.resourceGroup().value()).isEqualTo(parts[4]);
        });
    }

    @Test
    void every_resource_id_names_a_registration_or_is_refused_with_a_code() {
        FuzzRun.check("arm-path", ResourceIdFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
