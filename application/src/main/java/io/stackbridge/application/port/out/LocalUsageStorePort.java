package io.stackbridge.application.port.out;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Instant;

/** The stamp's usage database: every hourly record its resource providers emitted, queried by reported time. */
public interface LocalUsageStorePort {

    /** Stores records; a record whose key is already stored is ignored (first one wins). */
    void append(Seq<UsageRecord> records);

    /** Records reported in [from, to), ordered by reported time, then subscription, meter, resource and hour. */
    List<UsageRecord> reportedBetween(Instant from, Instant to);

    /**
     * The records of {@code subscriptions} reported in [from, to), in the order of {@link #reportedBetween}.
     * A store that can leave the others unread does so (this default reads them all).
     */
    default List<UsageRecord> reportedBetween(Instant from, Instant to, Set<SubscriptionId> subscriptions) {
        return reportedBetween(from, to).filter(record -> subscriptions.contains(record.subscriptionId()));
    }

    /**
     * The reported time of the first record of {@code subscriptions} reported in [from, to), if any:
     * where the next records of a period start, so that a reader can take a long period one bucket at
     * a time and skip the empty stretches. A store answers it without reading the records (this
     * default reads them).
     */
    default Option<Instant> firstReportedBetween(Instant from, Instant to, Set<SubscriptionId> subscriptions) {
        return reportedBetween(from, to, subscriptions).headOption().map(UsageRecord::reportedAt);
    }
}
