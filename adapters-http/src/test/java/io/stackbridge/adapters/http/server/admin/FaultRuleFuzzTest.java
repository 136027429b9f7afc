package io.stackbridge.adapters.http.server.admin;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.adapters.http.wire.JsonDocument;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.adapters.http.wire.admin.FaultRuleJson;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

/** Fault-rule JSON as the admin API reads it, fuzzed: a rule, or every problem with a code; a rule read can be shown. */
class FaultRuleFuzzTest {

    static void property(String body) {
        Outcomes.coded(JsonDocument.parse(body))
                .flatMap(document -> Outcomes.coded(FaultRuleJson.read(document)))
                .forEach(rule -> WireJson.write(FaultRuleJson.View.from(rule)));
    }

    @Test
    void every_fault_rule_document_reads_to_a_rule_or_a_coded_refusal() {
        FuzzRun.check("fault-rule", FaultRuleFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
