package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.UsageApiError.InvalidProperty;
import io.stackbridge.domain.error.UsageApiError.SubscriberIdIsNotDirectTenant;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.stackbridge.domain.usage.Quantity;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.stackbridge.application.service.localusage.LocalUsageFixtures.P0;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.P1;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T1;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T2;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T3;
import static io.stackbridge.application.service.localusage.UsageRecords.reported;
import static org.assertj.core.api.Assertions.assertThat;

class QueryProviderUsageServiceTest {

    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant FIFTEEN = Instant.parse("2026-11-20T15:00:00Z");

    private final LocalUsageServices services = LocalUsageServices.of(42, 2);

    private Either<DomainError, AggregatePage> hourly(SubscriptionId caller, String start, String end) {
        return services.provider.subscriberUsageAggregates(UsageQueryText.of(caller.value(), start, end).withGranularity("hourly"));
    }

    @Test
    void omitting_the_subscriber_gives_every_direct_tenant_and_no_tenant_of_a_delegated_provider() {
        services.store.append(List.of(reported(T1, TEN, "1"), reported(T2, TEN, "2"), reported(P1, TEN, "3"), reported(T3, TEN, "4")));

        AggregatePage page = hourly(P0, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z").get();

        assertThat(page.aggregates().map(UsageAggregate::subscriptionId)).containsExactlyInAnyOrder(T1, T2, P1);
    }

    @Test
    void a_delegated_provider_sees_its_own_tenants() {
        services.store.append(List.of(reported(T1, TEN, "1"), reported(T3, TEN, "4")));

        AggregatePage page = hourly(P1, "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z").get();

        assertThat(page.aggregates().map(UsageAggregate::subscriptionId)).containsExactly(T3);
    }

    @Test
    void a_direct_tenant_named_as_subscriber_is_the_only_one_returned() {
        services.store.append(List.of(reported(T1, TEN, "1"), reported(T2, TEN, "2")));

        AggregatePage page = services.provider.subscriberUsageAggregates(UsageQueryText.of(P0.value(), "2026-11-20T10:00:00Z",
                "2026-11-20T11:00:00Z").withGranularity("hourly").withSubscriber(T2.value().toUpperCase())).get();

        assertThat(page.aggregates().map(UsageAggregate::subscriptionId)).containsExactly(T2);
    }

    @Test
    void a_tenant_of_a_delegated_provider_an_unknown_subscription_or_the_caller_itself_is_not_a_direct_tenant() {
        for (SubscriptionId subscriber : List.of(T3, SubscriptionId.of("01234567-0005-4000-8000-000000000009"), P0)) {
            DomainError error = services.provider.subscriberUsageAggregates(UsageQueryText.of(P0.value(), "2026-11-19T00:00:00Z",
                    "2026-11-20T00:00:00Z").withSubscriber(subscriber.value())).getLeft();

            assertThat(error).isEqualTo(new SubscriberIdIsNotDirectTenant(subscriber, P0));
        }
    }

    @Test
    void the_start_is_inclusive_and_the_end_exclusive() {
        services.store.append(List.of(reported(T1, TEN.minusSeconds(1), "1"), reported(T1, TEN, "2"),
                reported(T1, Instant.parse("2026-11-20T11:59:59Z"), "4"), reported(T1, Instant.parse("2026-11-20T12:00:00Z"), "8")));

        AggregatePage page = hourly(P0, "2026-11-20T10:00:00Z", "2026-11-20T12:00:00Z").get();

        assertThat(page.aggregates().map(aggregate -> aggregate.quantity())).containsExactly(Quantity.of("2"), Quantity.of("4"));
    }

    @Test
    void daily_aggregates_sum_the_reported_hours_of_the_day_exactly() {
        services.store.append(List.range(1, 24).map(hour -> reported(T1, Instant.parse("2026-11-19T00:00:00Z").plusSeconds(3600L * hour)
                .plusSeconds(60), "0.1")));

        AggregatePage page = services.provider.subscriberUsageAggregates(UsageQueryText.of(P0.value(), "2026-11-19T00:00:00Z",
                "2026-11-20T00:00:00Z")).get();

        assertThat(page.aggregates()).singleElement().satisfies(aggregate -> {
            assertThat(aggregate.quantity().amount().toPlainString()).isEqualTo("2.3");
            assertThat(aggregate.usageStart()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
            assertThat(aggregate.usageEnd()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        });
    }

    @Test
    void a_large_simulated_set_is_read_in_pages_of_one_thousand_each_aggregate_once() {
        services.simulate.simulate(new Simulation(FIFTEEN, 48));
        UsageQueryText query = UsageQueryText.of(P0.value(), "2026-11-18T12:00:00Z", "2026-11-20T15:00:00Z").withGranularity("hourly");

        List<AggregatePage> pages = List.of(services.provider.subscriberUsageAggregates(query).get());
        while (pages.last().next().isDefined()) {
            pages = pages.append(services.provider.subscriberUsageAggregates(
                    query.withContinuationToken(pages.last().next().get().encode())).get());
        }

        List<UsageAggregate> all = pages.flatMap(AggregatePage::aggregates);
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        assertThat(pages.init().map(page -> page.aggregates().size())).containsOnly(1000);
        assertThat(pages.last().aggregates().size()).isBetween(1, 1000);
        assertThat(all.distinct()).hasSize(all.size());
        assertThat(all.map(UsageAggregate::subscriptionId).distinct()).containsExactlyInAnyOrder(T1, T2, P1);
        assertThat(total(all.map(UsageAggregate::quantity))).isEqualTo(total(services.store.reportedBetween(Instant.parse("2026-11-18T12:00:00Z"), FIFTEEN)
                .filter(record -> !record.subscriptionId().equals(T3)).map(record -> record.quantity())));
    }

    @Test
    void a_continuation_token_replayed_with_another_query_is_refused() {
        services.simulate.simulate(new Simulation(FIFTEEN, 48));
        UsageQueryText query = UsageQueryText.of(P0.value(), "2026-11-18T12:00:00Z", "2026-11-20T15:00:00Z").withGranularity("hourly");
        String token = services.provider.subscriberUsageAggregates(query).get().next().get().encode();

        DomainError error = services.provider.subscriberUsageAggregates(UsageQueryText.of(P0.value(), "2026-11-18T13:00:00Z",
                "2026-11-20T15:00:00Z").withGranularity("hourly").withContinuationToken(token)).getLeft();
        DomainError otherApi = services.tenant.usageAggregates(UsageQueryText.of(P0.value(), "2026-11-18T12:00:00Z",
                "2026-11-20T15:00:00Z").withGranularity("hourly").withContinuationToken(token)).getLeft();

        assertThat(error).isEqualTo(new InvalidProperty("continuationToken", token));
        assertThat(otherApi).isEqualTo(new InvalidProperty("continuationToken", token));
    }

    @Test
    void usage_of_the_current_hour_cannot_be_asked_for() {
        assertThat(hourly(P0, "2026-11-20T10:00:00Z", "2026-11-20T16:00:00Z").getLeft().code()).isEqualTo(ErrorCode.RequestEndTimeIsInFuture);
    }

    private static Quantity total(List<Quantity> quantities) {
        return quantities.fold(Quantity.ZERO, Quantity::plus);
    }
}
