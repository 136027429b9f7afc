package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.db.SqliteTransactions;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.service.localusage.DirectoryDouble;
import io.stackbridge.application.service.localusage.LocalUsageFixtures;
import io.stackbridge.application.service.localusage.QueryProviderUsageService;
import io.stackbridge.application.service.localusage.QueryTenantUsageService;
import io.stackbridge.application.service.localusage.SimulateWorkloadService;
import io.stackbridge.application.service.localusage.WholePeriodPages;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.UsageApi;
import io.stackbridge.domain.localusage.UsageQueryRules;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static io.stackbridge.application.service.localusage.LocalUsageFixtures.P0;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.P1;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T1;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T2;
import static org.assertj.core.api.Assertions.assertThat;

/** Over the SQLite store, the usage APIs' pages read bucket by bucket are the pages of the whole period, tokens included. */
class SqliteUsagePagesTest {

    private static final Instant FIFTEEN = Instant.parse("2026-11-20T15:00:00Z");

    @TempDir
    Path directory;

    @Test
    void provider_and_tenant_pages_match_the_whole_period_ones() {
        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("stamp.db"))) {
            SqliteLocalUsageStore store = new SqliteLocalUsageStore(database);
            LocalDirectory subscriptions = LocalUsageFixtures.directory();
            new SimulateWorkloadService(new WorkloadSimulator(WorkloadSettings.of(7, subscriptions.tenants())), store,
                    new SqliteUsageOutbox(database), () -> LocalUsageFixtures.NOW, new SqliteTransactions(database))
                    .simulate(new Simulation(FIFTEEN, 72, 6)).get();
            QueryProviderUsageService provider = new QueryProviderUsageService(new DirectoryDouble(subscriptions), store,
                    () -> LocalUsageFixtures.NOW);
            QueryTenantUsageService tenant = new QueryTenantUsageService(store, () -> LocalUsageFixtures.NOW);

            UsageQueryText daily = UsageQueryText.of(P0.value(), "2026-11-15T00:00:00Z", "2026-11-20T00:00:00Z");
            List<AggregatePage> dailyPages = WholePeriodPages.walked(provider::subscriberUsageAggregates, daily);
            assertThat(dailyPages.size()).isGreaterThan(1);
            assertThat(dailyPages).isEqualTo(WholePeriodPages.of(store,
                    UsageQueryRules.check(UsageApi.PROVIDER, daily, LocalUsageFixtures.NOW).get(), HashSet.of(T1, T2, P1)));

            UsageQueryText hourly = UsageQueryText.of(P0.value(), "2026-11-19T03:00:00Z", "2026-11-19T13:00:00Z").withGranularity("hourly");
            List<AggregatePage> hourlyPages = WholePeriodPages.walked(provider::subscriberUsageAggregates, hourly);
            assertThat(hourlyPages.size()).isGreaterThan(1);
            assertThat(hourlyPages).isEqualTo(WholePeriodPages.of(store,
                    UsageQueryRules.check(UsageApi.PROVIDER, hourly, LocalUsageFixtures.NOW).get(), HashSet.of(T1, T2, P1)));

            UsageQueryText own = UsageQueryText.of(T1.value(), "2026-11-15T00:00:00Z", "2026-11-20T00:00:00Z");
            assertThat(WholePeriodPages.walked(tenant::usageAggregates, own)).isEqualTo(WholePeriodPages.of(store,
                    UsageQueryRules.check(UsageApi.TENANT, own, LocalUsageFixtures.NOW).get(), HashSet.of(T1)));
        }
    }
}
