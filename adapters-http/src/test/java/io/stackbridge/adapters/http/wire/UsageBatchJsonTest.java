package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UsageBatchJsonTest {

    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");

    private static UsageRecord record(int hour, String quantity, String resource, LinkedHashMap<String, String> tags,
                                      LinkedHashMap<String, String> info, Instant reported) {
        return new UsageRecord(SubscriptionId.of("8F3D2C1B-0a9e-4d8c-b7a6-5f4e3d2c1b0a"), TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2"),
                MeterId.of("FAB6EB84500B4A09A8CA7358F8BBAEA5"), Quantity.of(quantity), UsageWindow.startingAt(TEN.plusSeconds(3600L * hour)),
                resource, "local", tags, info, reported);
    }

    @Test
    void the_streamed_body_is_the_bytes_the_wire_mapper_writes_for_the_body_records() {
        UsageBatch batch = UsageBatch.of(CLOUD, List.of(
                record(0, "2", "/subscriptions/x/vm-\"quoted\"-é", LinkedHashMap.empty(), LinkedHashMap.empty(), TEN.plusSeconds(3600)),
                record(1, "0.000001", "/r/1", LinkedHashMap.of("env", "prod"), LinkedHashMap.empty(), TEN.plusSeconds(7201)),
                record(2, "1E+3", "/r/2", LinkedHashMap.empty(), LinkedHashMap.of("sku", "Standard_D2"), TEN.plusMillis(3 * 3_600_000L + 5)),
                record(3, "12345678901234567890.5", "/r/3", LinkedHashMap.of("a", "1"), LinkedHashMap.of("b", "ü\n"), TEN.plusSeconds(4 * 3600))));

        assertThat(new String(UsageBatchJson.bytes(batch), StandardCharsets.UTF_8))
                .isEqualTo(new String(WireJson.bytes(UsageBatchBody.from(batch)), StandardCharsets.UTF_8));
    }

    @Test
    void maps_of_several_entries_read_back_as_the_same_tree() throws Exception {
        UsageBatch batch = UsageBatch.of(CLOUD, List.of(record(0, "2", "/r", LinkedHashMap.of("z", "1", "a", "2", "m", "3"),
                LinkedHashMap.of("q", "x", "b", "y"), TEN.plusSeconds(3600))));

        assertThat(WireJson.mapper().readTree(UsageBatchJson.bytes(batch))).isEqualTo(WireJson.mapper().readTree(WireJson.bytes(UsageBatchBody.from(batch))));
        assertThat(UsageBatchBody.read(WireJson.mapper().readTree(UsageBatchJson.bytes(batch)), CLOUD, BatchId.of("b")).get().records())
                .isEqualTo(batch.records());
    }
}
