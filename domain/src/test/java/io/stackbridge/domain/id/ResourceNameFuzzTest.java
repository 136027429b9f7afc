package io.stackbridge.domain.id;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import io.stackbridge.domain.registration.RegistrationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ARM names as the path carries them (resource group, registration), fuzzed: kept exactly as
 * written, or refused naming every broken rule. An input of three lines is read as a whole path's values.
 */
class ResourceNameFuzzTest {

    static void property(String text) {
        Outcomes.coded(ResourceGroupName.parse(text)).forEach(name -> assertThat(name.value()).isEqualTo(text));
        Outcomes.coded(RegistrationName.parse(text)).forEach(name -> {
            assertThat(name.value()).isEqualTo(text);
            assertThat(RegistrationName.of(name.key())).isEqualTo(name);
        });
        String[] parts = text.split("\n", 3);
        if (parts.length == 3) {
            Outcomes.coded(RegistrationKey.parse(parts[0], parts[1], parts[2]));
        }
    }

    @Test
    void every_name_parser_answers_a_value_or_a_coded_refusal() {
        FuzzRun.check("resource-name", ResourceNameFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
