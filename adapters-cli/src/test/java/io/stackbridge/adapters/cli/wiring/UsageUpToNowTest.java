package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.http.server.localusage.StampUsageQueries;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulated;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The served stamp simulates up to its clock before a usage API answers, going back as far as records may still wait. */
class UsageUpToNowTest {

    private static final Instant HOUR = Instant.parse("2026-11-21T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(HOUR.plusSeconds(1_200));
    private final java.util.List<Object> calls = new CopyOnWriteArrayList<>();
    private final UsageUpToNow usage = new UsageUpToNow(simulation -> {
        calls.add(simulation);
        return Either.right(new Simulated(HOUR, HOUR, 0, 0));
    }, now::get, 48);

    @Test
    void the_first_call_fills_the_first_hours_and_later_ones_go_back_past_the_reporting_lag() {
        usage.catchUp();
        usage.catchUp();
        now.set(HOUR.plus(Duration.ofHours(10)).plusSeconds(5));
        usage.catchUp();

        assertThat(calls).containsExactly(new Simulation(HOUR, 48), new Simulation(HOUR, 4),
                new Simulation(HOUR.plus(Duration.ofHours(10)), 14));
    }

    @Test
    void each_usage_api_catches_up_before_it_answers() {
        AggregatePage empty = new AggregatePage(List.empty(), Option.none());
        StampUsageQueries queries = usage.queries(query -> {
            calls.add("provider");
            return Either.right(empty);
        }, query -> {
            calls.add("tenant");
            return Either.right(empty);
        });
        UsageQueryText query = UsageQueryText.of("aaaaaaaa-0005-4000-8000-000000000000", "2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z");

        queries.queryProviderUsage().subscriberUsageAggregates(query);
        queries.queryTenantUsage().usageAggregates(query);

        assertThat(calls).containsExactly(new Simulation(HOUR, 48), "provider", new Simulation(HOUR, 4), "tenant");
    }
}
