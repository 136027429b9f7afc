package io.stackbridge.domain.localusage;

import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.stackbridge.domain.localusage.LocalUsageSamples.BASE_VM;
import static io.stackbridge.domain.localusage.LocalUsageSamples.P0;
import static io.stackbridge.domain.localusage.LocalUsageSamples.T1;
import static io.stackbridge.domain.localusage.LocalUsageSamples.TEN;
import static io.stackbridge.domain.localusage.LocalUsageSamples.record;
import static org.assertj.core.api.Assertions.assertThat;

class AggregatePageTest {

    private static final UsageQuery QUERY = new UsageQuery(UsageApi.PROVIDER, P0, Instant.parse("2026-11-20T00:00:00Z"),
            Instant.parse("2026-11-21T00:00:00Z"), Granularity.HOURLY, Option.none(), 0);

    private static List<UsageAggregate> aggregates(int count) {
        List<UsageRecord> records = List.range(0, count).map(vm -> record(T1, BASE_VM, "vm" + vm, TEN, Duration.ZERO, "1"));
        return UsageAggregation.of(records, Granularity.HOURLY);
    }

    @Test
    void a_page_holds_one_thousand_aggregates_and_the_token_of_the_rest() {
        List<UsageAggregate> all = aggregates(2500);

        AggregatePage first = AggregatePage.of(all, QUERY);
        AggregatePage second = AggregatePage.of(all, QUERY.at(first.next().get().offset()));
        AggregatePage third = AggregatePage.of(all, QUERY.at(second.next().get().offset()));

        assertThat(List.of(first, second, third).map(page -> page.aggregates().size())).containsExactly(1000, 1000, 500);
        assertThat(first.next().get().offset()).isEqualTo(1000);
        assertThat(first.next().get().continues(QUERY)).isTrue();
        assertThat(third.next()).isEmpty();
        assertThat(first.aggregates().appendAll(second.aggregates()).appendAll(third.aggregates())).isEqualTo(all);
    }

    @Test
    void exactly_one_thousand_aggregates_fit_on_one_page_without_a_token() {
        assertThat(AggregatePage.of(aggregates(1000), QUERY).next()).isEmpty();
        assertThat(AggregatePage.of(aggregates(1001), QUERY).next()).isNotEmpty();
    }

    @Test
    void a_position_past_the_end_is_an_empty_last_page() {
        AggregatePage page = AggregatePage.of(aggregates(3), QUERY.at(1000));

        assertThat(page.aggregates()).isEmpty();
        assertThat(page.next()).isEmpty();
    }
}
