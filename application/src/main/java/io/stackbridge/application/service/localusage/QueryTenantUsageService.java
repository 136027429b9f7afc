package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageApi;
import io.stackbridge.domain.localusage.UsageQueryRules;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.collection.HashSet;
import io.vavr.control.Either;

/** Checks the query, then answers for the caller's own subscription only (a subscription with no usage gets an empty list). */
public final class QueryTenantUsageService implements QueryTenantUsageUseCase {

    private final AggregateReader reader;
    private final StampClockPort clock;

    public QueryTenantUsageService(LocalUsageStorePort store, StampClockPort clock) {
        this.reader = new AggregateReader(store);
        this.clock = clock;
    }

    @Override
    public Either<DomainError, AggregatePage> usageAggregates(UsageQueryText text) {
        return UsageQueryRules.check(UsageApi.TENANT, text, clock.now())
                .map(query -> reader.page(query, HashSet.of(query.caller())));
    }
}
