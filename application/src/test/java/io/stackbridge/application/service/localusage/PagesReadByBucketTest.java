package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageApi;
import io.stackbridge.domain.localusage.UsageQueryRules;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.stackbridge.application.service.localusage.LocalUsageFixtures.P0;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.P1;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T1;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a period one bucket at a time gives, page for page, what reading it whole gave: the same
 * aggregates in the same order, the same continuation tokens, the same last page.
 */
class PagesReadByBucketTest {

    private static final Instant FIFTEEN = Instant.parse("2026-11-20T15:00:00Z");

    private final LocalUsageServices services = LocalUsageServices.of(42, 1);

    @BeforeEach
    void simulateADayAndAHalf() {
        services.simulate.simulate(new Simulation(FIFTEEN, 36, 2));
    }

    @Test
    void provider_pages_daily_and_hourly_match_the_whole_period_ones() {
        Set<SubscriptionId> direct = HashSet.of(T1, T2, P1);
        for (UsageQueryText text : List.of(
                UsageQueryText.of(P0.value(), "2026-11-10T00:00:00Z", "2026-11-20T00:00:00Z"),
                UsageQueryText.of(P0.value(), "2026-11-18T12:00:00Z", "2026-11-20T15:00:00Z").withGranularity("hourly"),
                UsageQueryText.of(P0.value(), "2026-11-19T05:00:00Z", "2026-11-19T17:00:00Z").withGranularity("hourly"))) {
            List<AggregatePage> walked = WholePeriodPages.walked(services.provider::subscriberUsageAggregates, text);
            assertSame(walked, WholePeriodPages.of(services.store, UsageQueryRules.check(UsageApi.PROVIDER, text, services.now()).get(),
                    direct));
        }
        UsageQueryText one = UsageQueryText.of(P0.value(), "2026-11-18T12:00:00Z", "2026-11-20T15:00:00Z").withGranularity("hourly")
                .withSubscriber(T2.value());
        assertSame(WholePeriodPages.walked(services.provider::subscriberUsageAggregates, one),
                WholePeriodPages.of(services.store, UsageQueryRules.check(UsageApi.PROVIDER, one, services.now()).get(), HashSet.of(T2)));
    }

    @Test
    void tenant_pages_daily_and_hourly_match_the_whole_period_ones() {
        for (UsageQueryText text : List.of(
                UsageQueryText.of(T1.value(), "2026-11-18T00:00:00Z", "2026-11-20T00:00:00Z"),
                UsageQueryText.of(T1.value(), "2026-11-18T12:00:00Z", "2026-11-20T15:00:00Z").withGranularity("hourly"))) {
            assertSame(WholePeriodPages.walked(services.tenant::usageAggregates, text),
                    WholePeriodPages.of(services.store, UsageQueryRules.check(UsageApi.TENANT, text, services.now()).get(), HashSet.of(T1)));
        }
    }

    private static void assertSame(List<AggregatePage> walked, List<AggregatePage> whole) {
        assertThat(whole.flatMap(AggregatePage::aggregates)).isNotEmpty();
        assertThat(walked.size()).isEqualTo(whole.size());
        assertThat(walked).isEqualTo(whole);
        assertThat(walked.map(Object::toString)).isEqualTo(whole.map(Object::toString));
    }
}
