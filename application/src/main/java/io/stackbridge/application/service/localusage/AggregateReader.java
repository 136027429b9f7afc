package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageAggregation;
import io.stackbridge.domain.localusage.UsageQuery;
import io.vavr.collection.Set;

/** Reads the records a query's period covers, keeps those of the given subscriptions, aggregates them and cuts the page. */
final class AggregateReader {

    private final LocalUsageStorePort store;

    AggregateReader(LocalUsageStorePort store) {
        this.store = store;
    }

    AggregatePage page(UsageQuery query, Set<SubscriptionId> subscriptions) {
        var records = store.reportedBetween(query.reportedStart(), query.reportedEnd())
                .filter(record -> subscriptions.contains(record.subscriptionId()));
        return AggregatePage.of(UsageAggregation.of(records, query.granularity()), query);
    }
}
