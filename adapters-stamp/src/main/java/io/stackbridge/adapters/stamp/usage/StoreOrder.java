package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.domain.usage.UsageRecord;

import java.time.Instant;
import java.util.Comparator;

/** Where a record sits in the store: reported time, then subscription, meter, resource and hour (IDs compared by their keys). */
record StoreOrder(Instant reportedAt, String subscription, String meter, String resourceUri, Instant hour)
        implements Comparable<StoreOrder> {

    private static final Comparator<StoreOrder> ORDER = Comparator.comparing(StoreOrder::reportedAt)
            .thenComparing(StoreOrder::subscription)
            .thenComparing(StoreOrder::meter)
            .thenComparing(StoreOrder::resourceUri)
            .thenComparing(StoreOrder::hour);

    static StoreOrder of(UsageRecord record) {
        return new StoreOrder(record.reportedAt(), record.subscriptionId().guid().key(), record.meterId().key(), record.resourceUri(),
                record.window().start());
    }

    /** Sorts before every record reported at {@code reportedAt} or later. */
    static StoreOrder first(Instant reportedAt) {
        return new StoreOrder(reportedAt, "", "", "", Instant.MIN);
    }

    @Override
    public int compareTo(StoreOrder other) {
        return ORDER.compare(this, other);
    }
}
