package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The simplest usage store for service and HTTP tests: a map by key, sorted on every read. */
public final class ListUsageStore implements LocalUsageStorePort {

    static final Comparator<UsageRecord> ORDER = Comparator.comparing(UsageRecord::reportedAt)
            .thenComparing(record -> record.subscriptionId().guid().key())
            .thenComparing(record -> record.meterId().key())
            .thenComparing(UsageRecord::resourceUri)
            .thenComparing(record -> record.window().start());

    private final Map<UsageRecordKey, UsageRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized void append(Seq<UsageRecord> more) {
        more.forEach(record -> records.putIfAbsent(record.key(), record));
    }

    @Override
    public synchronized List<UsageRecord> reportedBetween(Instant from, Instant to) {
        return List.ofAll(records.values()).filter(record -> !record.reportedAt().isBefore(from) && record.reportedAt().isBefore(to))
                .sorted(ORDER);
    }

    public synchronized int size() {
        return records.size();
    }
}
