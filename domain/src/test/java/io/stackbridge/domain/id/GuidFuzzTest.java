package io.stackbridge.domain.id;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** GUIDs and the identifiers built on them, fuzzed: a value kept exactly as written, or a coded refusal. */
class GuidFuzzTest {

    static void property(String text) {
        Outcomes.coded(Guid.parse("id", text)).forEach(guid -> {
            assertThat(guid.text()).isEqualTo(text);
            assertThat(new Guid(text.toUpperCase(Locale.ROOT))).isEqualTo(guid).hasSameHashCodeAs(guid);
        });
        Outcomes.coded(SubscriptionId.parse(text)).forEach(id -> assertThat(id.value()).isEqualTo(text));
        Outcomes.coded(TenantId.parse(text));
        Outcomes.coded(CloudId.parse(text));
        Outcomes.coded(ObjectId.parse(text));
        Outcomes.coded(ClientId.parse(text));
        Outcomes.coded(MeterId.parse(text));
    }

    @Test
    void every_guid_parser_answers_a_value_or_a_coded_refusal() {
        FuzzRun.check("guid", GuidFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
