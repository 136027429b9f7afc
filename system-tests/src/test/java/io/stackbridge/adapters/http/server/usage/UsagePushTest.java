package io.stackbridge.adapters.http.server.usage;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.UsageBatch;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

class UsagePushTest extends EmulatorTestBase {

    private static CloudId registered() {
        CloudId cloud = TestEmulator.newCloud();
        emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, cloud);
        return cloud;
    }

    @Test
    void a_batch_is_accepted_once_and_identical_resends_are_acknowledged_again() {
        UsageBatch batch = Usage.batch(registered(), 3, "2.5");
        Response first = Usage.push(emulator, batch);
        Response again = Usage.push(emulator, batch);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("batchId").asText()).isEqualTo(batch.id().value());
        assertThat(first.json().path("records").asInt()).isEqualTo(3);
        assertThat(first.json().path("alreadyReceived").asBoolean()).isFalse();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("alreadyReceived").asBoolean()).isTrue();
    }

    @Test
    void the_same_batch_id_with_other_content_is_a_conflict() {
        CloudId cloud = registered();
        UsageBatch batch = Usage.batch(cloud, 2, "1");
        Usage.push(emulator, batch);
        UsageBatch other = Usage.batch(cloud, 2, "7");
        Response conflict = emulator.anonymous.withToken(emulator.usageToken())
                .withHeader(MsDate.HEADER, MsDate.format(Instant.now())).put(Usage.path(batch), Usage.body(other));

        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("BatchIdConflict");
    }

    @Test
    void refusals_of_the_sender_are_401() {
        UsageBatch batch = Usage.batch(registered(), 1, "1");
        Response noToken = emulator.anonymous.withHeader(MsDate.HEADER, MsDate.format(Instant.now())).put(Usage.path(batch), Usage.body(batch));
        Response managementToken = emulator.http.withHeader(MsDate.HEADER, MsDate.format(Instant.now()))
                .put(Usage.path(batch), Usage.body(batch));
        Response skewed = emulator.anonymous.withToken(emulator.usageToken())
                .withHeader(MsDate.HEADER, MsDate.format(Instant.now().minusSeconds(3600))).put(Usage.path(batch), Usage.body(batch));
        UsageBatch unknownCloud = Usage.batch(TestEmulator.newCloud(), 1, "1");

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.code()).isEqualTo("InvalidAuthenticationToken");
        assertThat(managementToken.status()).isEqualTo(401);
        assertThat(skewed.code()).isEqualTo("ClockSkewTooLarge");
        assertThat(Usage.push(emulator, unknownCloud).code()).isEqualTo("CloudNotRegistered");
    }

    @Test
    void x_ms_date_is_required_and_may_be_iso_8601() {
        UsageBatch batch = Usage.batch(registered(), 1, "1");
        Response missing = emulator.anonymous.withToken(emulator.usageToken()).put(Usage.path(batch), Usage.body(batch));
        Response garbled = emulator.anonymous.withToken(emulator.usageToken()).withHeader(MsDate.HEADER, "yesterday")
                .put(Usage.path(batch), Usage.body(batch));
        Response iso = emulator.anonymous.withToken(emulator.usageToken()).withHeader(MsDate.HEADER, Instant.now().toString())
                .put(Usage.path(batch), Usage.body(batch));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").path("target").asText()).isEqualTo("x-ms-date");
        assertThat(garbled.json().path("error").path("target").asText()).isEqualTo("x-ms-date");
        assertThat(iso.status()).as(iso.body()).isEqualTo(200);
    }

    @Test
    void malformed_records_are_reported_one_by_one() {
        CloudId cloud = registered();
        String body = "{\"records\":[{\"subscriptionId\":\"nope\",\"tenantId\":42,\"meterId\":\"x\",\"quantity\":\"1\","
                + "\"usageStartTime\":\"2026-01-01T00:30:00Z\",\"usageEndTime\":\"2026-01-01T01:00:00Z\",\"resourceUri\":\"/r\","
                + "\"location\":\"local\",\"reportedTime\":\"2026-01-01T02:00:00Z\"}]}";
        Response refused = emulator.anonymous.withToken(emulator.usageToken()).withHeader(MsDate.HEADER, Instant.now().toString())
                .put("/usage/registrations/" + cloud + "/batches/batch-1", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").path("target").asText()).isEqualTo("records[0].subscriptionId");
        assertThat(refused.json().path("error").path("details").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_malformed_batch_id_is_refused_before_anything_else() {
        Response refused = emulator.anonymous.withToken(emulator.usageToken()).withHeader(MsDate.HEADER, Instant.now().toString())
                .put("/usage/registrations/" + TestEmulator.newCloud() + "/batches/bad!id", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").path("target").asText()).isEqualTo("batchId");
    }
}
