package io.stackbridge.domain.localusage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.time.Instant;
import java.util.Comparator;

/**
 * Sums hourly records into aggregates: one per subscription, meter, resource and bucket of
 * REPORTED time, quantities added exactly. Ordered by bucket, then subscription, meter and
 * resource, so that pages are stable.
 */
public final class UsageAggregation {

    private static final Comparator<UsageAggregate> ORDER = Comparator.comparing(UsageAggregate::usageStart)
            .thenComparing(aggregate -> aggregate.subscriptionId().guid().key())
            .thenComparing(aggregate -> aggregate.meterId().key())
            .thenComparing(aggregate -> aggregate.instanceData().resourceUri());

    private UsageAggregation() {
    }

    /** The identity of one aggregate. */
    private record Key(SubscriptionId subscription, MeterId meter, String resourceUri, Instant bucket) {
    }

    public static List<UsageAggregate> of(Seq<UsageRecord> records, Granularity granularity) {
        return records.groupBy(record -> new Key(record.subscriptionId(), record.meterId(), record.resourceUri(),
                        granularity.bucketOf(record.reportedAt())))
                .map(group -> aggregate(group._1, group._2, granularity))
                .toList()
                .sorted(ORDER);
    }

    private static UsageAggregate aggregate(Key key, Seq<UsageRecord> records, Granularity granularity) {
        UsageRecord first = records.head();
        Quantity total = records.map(UsageRecord::quantity).fold(Quantity.ZERO, Quantity::plus);
        return new UsageAggregate(first.subscriptionId(), first.meterId(), key.bucket(), key.bucket().plus(granularity.length()),
                total, InstanceData.of(first));
    }
}
