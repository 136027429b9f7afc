package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.LocalSubscriptionDirectoryPort;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageApiError.SubscriberIdIsNotDirectTenant;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.LocalSubscription;
import io.stackbridge.domain.localusage.UsageApi;
import io.stackbridge.domain.localusage.UsageQuery;
import io.stackbridge.domain.localusage.UsageQueryRules;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;

/**
 * Checks the query, then answers for the caller's direct tenants: the one named by
 * {@code subscriberId}, which must be a direct tenant, or all of them when it is omitted.
 */
public final class QueryProviderUsageService implements QueryProviderUsageUseCase {

    private final LocalSubscriptionDirectoryPort directory;
    private final AggregateReader reader;
    private final StampClockPort clock;

    public QueryProviderUsageService(LocalSubscriptionDirectoryPort directory, LocalUsageStorePort store, StampClockPort clock) {
        this.directory = directory;
        this.reader = new AggregateReader(store);
        this.clock = clock;
    }

    @Override
    public Either<DomainError, AggregatePage> subscriberUsageAggregates(UsageQueryText text) {
        return UsageQueryRules.check(UsageApi.PROVIDER, text, clock.now())
                .flatMap(query -> subscribers(query).map(subscribers -> reader.page(query, subscribers)));
    }

    private Either<DomainError, Set<SubscriptionId>> subscribers(UsageQuery query) {
        if (query.subscriber().isEmpty()) {
            return Either.right(HashSet.ofAll(directory.directTenantsOf(query.caller()).map(LocalSubscription::id)));
        }
        SubscriptionId subscriber = query.subscriber().get();
        return directory.find(subscriber)
                .filter(subscription -> subscription.isDirectTenantOf(query.caller()))
                .<DomainError>toEither(() -> new SubscriberIdIsNotDirectTenant(subscriber, query.caller()))
                .map(subscription -> HashSet.of(subscription.id()));
    }
}
