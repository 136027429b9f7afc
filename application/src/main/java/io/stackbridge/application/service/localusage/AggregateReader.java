package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.Granularity;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageAggregation;
import io.stackbridge.domain.localusage.UsageQuery;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * Reads the records a query's period covers, keeps those of the given subscriptions, aggregates them
 * and cuts the page. Aggregates are ordered by bucket first, so the period is read one bucket of
 * reported time at a time, from its first record on, and reading stops as soon as the page and one
 * aggregate beyond it (which decides whether a continuation token follows) are known: the page is the
 * one aggregating the whole period would give, without holding the whole period in memory.
 */
final class AggregateReader {

    private final LocalUsageStorePort store;

    AggregateReader(LocalUsageStorePort store) {
        this.store = store;
    }

    AggregatePage page(UsageQuery query, Set<SubscriptionId> subscriptions) {
        long wanted = (long) query.offset() + AggregatePage.SIZE + 1;
        Granularity granularity = query.granularity();
        List<UsageAggregate> found = List.empty();
        int count = 0;
        Instant cursor = query.reportedStart();
        Option<Instant> next = store.firstReportedBetween(cursor, query.reportedEnd(), subscriptions);
        while (count < wanted && next.isDefined()) {
            Instant bucketEnd = earlier(granularity.bucketOf(next.get()).plus(granularity.length()), query.reportedEnd());
            List<UsageAggregate> bucket = UsageAggregation.of(store.reportedBetween(next.get(), bucketEnd, subscriptions), granularity);
            found = found.prependAll(bucket.reverse());
            count += bucket.size();
            cursor = bucketEnd;
            next = cursor.isBefore(query.reportedEnd()) ? store.firstReportedBetween(cursor, query.reportedEnd(), subscriptions) : Option.none();
        }
        return AggregatePage.of(found.reverse(), query);
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}
