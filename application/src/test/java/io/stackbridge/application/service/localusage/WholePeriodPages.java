package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.Granularity;
import io.stackbridge.domain.localusage.InstanceData;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageQuery;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The pages of a usage query as they were made before the period was read a bucket at a time: every
 * record of the period read at once, those of the subscriptions kept, grouped and summed (vavr's
 * {@code groupBy}, as the aggregation was written then), sorted, then cut at each token's offset.
 * The reference the bucket by bucket reader must match page for page.
 */
public final class WholePeriodPages {

    private static final Comparator<UsageAggregate> ORDER = Comparator.comparing(UsageAggregate::usageStart)
            .thenComparing(aggregate -> aggregate.subscriptionId().guid().key())
            .thenComparing(aggregate -> aggregate.meterId().key())
            .thenComparing(aggregate -> aggregate.instanceData().resourceUri());

    private WholePeriodPages() {
    }

    private record Key(SubscriptionId subscription, MeterId meter, String resourceUri, Instant bucket) {
    }

    /** Every page of {@code query}, the first and those its tokens lead to. */
    public static List<AggregatePage> of(LocalUsageStorePort store, UsageQuery query, Set<SubscriptionId> subscriptions) {
        List<UsageRecord> records = store.reportedBetween(query.reportedStart(), query.reportedEnd())
                .filter(record -> subscriptions.contains(record.subscriptionId()));
        List<UsageAggregate> all = aggregated(records, query.granularity());
        List<AggregatePage> pages = List.of(AggregatePage.of(all, query));
        while (pages.last().next().isDefined()) {
            pages = pages.append(AggregatePage.of(all, query.at(pages.last().next().get().offset())));
        }
        return pages;
    }

    /** Every page a usage API gives for {@code text}, following its continuation tokens. */
    public static List<AggregatePage> walked(Function<UsageQueryText, Either<DomainError, AggregatePage>> api, UsageQueryText text) {
        List<AggregatePage> pages = List.of(api.apply(text).get());
        while (pages.last().next().isDefined()) {
            pages = pages.append(api.apply(text.withContinuationToken(pages.last().next().get().encode())).get());
        }
        return pages;
    }

    private static List<UsageAggregate> aggregated(Seq<UsageRecord> records, Granularity granularity) {
        return records.groupBy(record -> new Key(record.subscriptionId(), record.meterId(), record.resourceUri(),
                        granularity.bucketOf(record.reportedAt())))
                .map(group -> {
                    UsageRecord first = group._2.head();
                    Quantity total = group._2.map(UsageRecord::quantity).fold(Quantity.ZERO, Quantity::plus);
                    return new UsageAggregate(first.subscriptionId(), first.meterId(), group._1.bucket(),
                            group._1.bucket().plus(granularity.length()), total, InstanceData.of(first));
                })
                .toList()
                .sorted(ORDER);
    }
}
