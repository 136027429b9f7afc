package io.stackbridge.domain.localusage;

import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;

/**
 * Sums hourly records into aggregates: one per subscription, meter, resource and bucket of
 * REPORTED time, quantities added exactly. Ordered by bucket, then subscription, meter and
 * resource, so that pages are stable. An aggregate's IDs and instance data are those of its first
 * record in the order given.
 */
public final class UsageAggregation {

    private static final Comparator<UsageAggregate> ORDER = Comparator.comparing(UsageAggregate::usageStart)
            .thenComparing(aggregate -> aggregate.subscriptionId().guid().key())
            .thenComparing(aggregate -> aggregate.meterId().key())
            .thenComparing(aggregate -> aggregate.instanceData().resourceUri());

    private UsageAggregation() {
    }

    /** The identity of one aggregate: IDs by their keys, computed once per record. */
    private record Key(String subscription, String meter, String resourceUri, Instant bucket) {
    }

    /** One aggregate being summed: its first record and the running total. */
    private static final class Sum {
        private final UsageRecord first;
        private BigDecimal total = BigDecimal.ZERO;

        Sum(UsageRecord first) {
            this.first = first;
        }
    }

    public static List<UsageAggregate> of(Seq<UsageRecord> records, Granularity granularity) {
        LinkedHashMap<Key, Sum> sums = new LinkedHashMap<>();
        for (UsageRecord record : records) {
            Key key = new Key(record.subscriptionId().guid().key(), record.meterId().key(), record.resourceUri(),
                    granularity.bucketOf(record.reportedAt()));
            Sum sum = sums.computeIfAbsent(key, absent -> new Sum(record));
            sum.total = sum.total.add(record.quantity().amount());
        }
        return List.ofAll(sums.entrySet()).map(entry -> aggregate(entry.getKey(), entry.getValue(), granularity)).sorted(ORDER);
    }

    private static UsageAggregate aggregate(Key key, Sum sum, Granularity granularity) {
        return new UsageAggregate(sum.first.subscriptionId(), sum.first.meterId(), key.bucket(), key.bucket().plus(granularity.length()),
                new Quantity(sum.total), InstanceData.of(sum.first));
    }
}
