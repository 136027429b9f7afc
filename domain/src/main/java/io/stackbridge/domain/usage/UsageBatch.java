package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.CloudId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.HashSet;
import java.util.Objects;

/** Usage records of one stamp sent together under one batch ID. */
public record UsageBatch(BatchId id, CloudId cloudId, List<UsageRecord> records) {

    public UsageBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(records, "records");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a batch carries at least one record");
        }
        if (!eachKeyOnce(records)) {
            throw new IllegalArgumentException("a batch carries each record key once");
        }
    }

    private static boolean eachKeyOnce(List<UsageRecord> records) {
        HashSet<UsageRecordKey> seen = new HashSet<>(records.size() * 2);
        for (UsageRecord record : records) {
            if (!seen.add(record.key())) {
                return false;
            }
        }
        return true;
    }

    /** A batch whose ID is derived from its records' keys. */
    public static UsageBatch of(CloudId cloudId, Seq<UsageRecord> records) {
        return new UsageBatch(BatchId.derivedFrom(records), cloudId, records.toList());
    }

    /** Whether {@code other} carries exactly the same records (order aside): a true resend. */
    public boolean sameContentAs(UsageBatch other) {
        return cloudId.equals(other.cloudId) && records.toSet().equals(other.records.toSet());
    }
}
