package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.Tuple2;
import io.vavr.collection.Map;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;

/**
 * A pushed batch's body, {@link UsageBatchBody} as the wire mapper writes it, streamed straight from
 * the domain records to UTF-8 bytes: no body objects, and each hour's text written once per batch.
 */
public final class UsageBatchJson {

    private UsageBatchJson() {
    }

    public static byte[] bytes(UsageBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.records().size() * 480 + 16);
        HashMap<Instant, String> times = new HashMap<>();
        try (JsonGenerator json = WireJson.mapper().writer().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("records");
            for (UsageRecord record : batch.records()) {
                json.writeStartObject();
                json.writeStringField("subscriptionId", record.subscriptionId().value());
                json.writeStringField("tenantId", record.tenantId().value());
                json.writeStringField("meterId", record.meterId().value());
                json.writeFieldName("quantity");
                json.writeNumber(record.quantity().amount());
                json.writeStringField("usageStartTime", times.computeIfAbsent(record.window().start(), Instant::toString));
                json.writeStringField("usageEndTime", times.computeIfAbsent(record.window().end(), Instant::toString));
                json.writeStringField("resourceUri", record.resourceUri());
                json.writeStringField("location", record.location());
                texts(json, "tags", record.tags());
                texts(json, "additionalInfo", record.additionalInfo());
                json.writeStringField("reportedTime", times.computeIfAbsent(record.reportedAt(), Instant::toString));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** A text map as an object, left out when empty (as {@code NON_EMPTY} does). */
    private static void texts(JsonGenerator json, String name, Map<String, String> map) throws IOException {
        if (map.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        for (Tuple2<String, String> entry : map) {
            if (entry._2() != null) {
                json.writeStringField(entry._1(), entry._2());
            }
        }
        json.writeEndObject();
    }
}
