package io.stackbridge.adapters.http.wire;

import io.stackbridge.adapters.support.json.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * The body of {@code PUT /usage/registrations/{cloudId}/batches/{batchId}}: {@code {"records":[…]}}.
 * The cloud and batch IDs travel in the path.
 */
public record UsageBatchBody(java.util.List<UsageRecordBody> records) {

    public static UsageBatchBody from(UsageBatch batch) {
        return new UsageBatchBody(batch.records().map(UsageRecordBody::from).toJavaList());
    }

    /** The batch a request carries for the path's cloud and batch, with every problem of every record. */
    public static Validation<Seq<Violation>, UsageBatch> read(JsonNode document, CloudId cloudId, BatchId batchId) {
        JsonFields body = JsonFields.root(document);
        Option<List<UsageRecord>> records = body.requiredObjects("records", UsageRecordBody::read);
        records.forEach(found -> duplicates(found).forEach(body::report));
        return body.result(() -> new UsageBatch(batchId, cloudId, records.get()));
    }

    /** A record whose key an earlier record of the batch already has: DUPLICATE, naming where that key was first given. */
    private static List<Violation> duplicates(List<UsageRecord> records) {
        java.util.Map<UsageRecordKey, Integer> firstAt = new HashMap<>(records.size() * 2);
        java.util.List<Violation> found = new ArrayList<>();
        int index = 0;
        for (UsageRecord record : records) {
            UsageRecordKey key = record.key();
            Integer first = firstAt.putIfAbsent(key, index);
            if (first != null) {
                found.add(Violation.of("records[" + index + "]", Excerpt.of(key.canonical()), Rule.DUPLICATE, "records[" + first + "]"));
            }
            index++;
        }
        return List.ofAll(found);
    }
}
