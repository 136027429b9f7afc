package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.LocalSubscription;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.stackbridge.domain.usage.Quantity;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

import java.time.Instant;

/**
 * What the stamp generated, read as its tenants read it: each local subscription's own usage through
 * the tenant usage API (hourly, by reported time, every page), summed, keyed by the subscription and
 * the Entra tenant of its owner.
 */
final class LocalTotals {

    private LocalTotals() {
    }

    static Map<Tuple2<SubscriptionId, TenantId>, Quantity> perSubscription(StackUseCases useCases, LocalDirectory directory, Instant from,
                                                                            Instant to) {
        Map<Tuple2<SubscriptionId, TenantId>, Quantity> totals = LinkedHashMap.empty();
        for (LocalSubscription subscription : directory.tenants()) {
            totals = totals.put(Tuple.of(subscription.id(), subscription.owner()), total(useCases, subscription.id(), from, to));
        }
        return totals;
    }

    private static Quantity total(StackUseCases useCases, SubscriptionId subscription, Instant from, Instant to) {
        UsageQueryText query = UsageQueryText.of(subscription.toString(), from.toString(), to.toString())
                .withGranularity("hourly");
        Quantity sum = Quantity.ZERO;
        while (true) {
            AggregatePage page = useCases.queryTenantUsage().usageAggregates(query)
                    .getOrElseThrow(error -> new IllegalStateException("the tenant usage API refused the demo: " + error.code()));
            sum = page.aggregates().map(UsageAggregate::quantity).foldLeft(sum, Quantity::plus);
            if (page.next().isEmpty()) {
                return sum;
            }
            query = query.withContinuationToken(page.next().get().encode());
        }
    }
}
