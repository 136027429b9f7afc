package io.stackbridge.adapters.http.wire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request bodies the ARM and usage routes read, fuzzed: every input goes to every reader (the
 * registration PUT and PATCH, the customer subscription PUT, the usage push batch), so a mutation
 * of one body is tried on all. A batch that reads is written back the way the bridge sends it and reads the same.
 */
class RequestBodiesFuzzTest {

    private static final CloudId CLOUD = CloudId.of("69464895-3A1A-450a-9824-4b7608d9203f");
    private static final BatchId BATCH = BatchId.of("batch-0001");

    static void property(String body) {
        Outcomes.coded(JsonDocument.parseOptional(body)).forEach(document -> {
            Outcomes.coded(RegistrationBody.read(document, true));
            Outcomes.coded(RegistrationBody.read(document, false));
            Outcomes.coded(CustomerSubscriptionBody.read(document));
            Outcomes.coded(UsageBatchBody.read(document, CLOUD, BATCH)).forEach(RequestBodiesFuzzTest::roundTrips);
        });
        Outcomes.coded(JsonDocument.parse(body));
    }

    private static void roundTrips(UsageBatch batch) {
        String sent = WireJson.write(UsageBatchBody.from(batch));
        assertThat(UsageBatchBody.read(JsonDocument.parse(sent).get(), CLOUD, BATCH).get()).isEqualTo(batch);
    }

    @Test
    void every_body_reads_to_a_value_or_a_coded_refusal_and_batches_round_trip() {
        FuzzRun.check("request-bodies", RequestBodiesFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
