package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.localusage.StampSide;
import io.stackbridge.adapters.stamp.usage.DefaultLocalDirectory;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase.Request;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp `serve` hosts: usage ready for the first query, reproducible by seed, owned by the well-known world's tenants, one outbox. */
class SimulatedStampTest {

    private static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.DAYS);

    private static SimulatedStamp.Served started(long seed) {
        return SimulatedStamp.start(Option.some(seed), ServedFakeAzure.inMemory(FakeAzureSettings.defaults()));
    }

    private static AggregatePage yesterday(StampSide stamp) {
        return stamp.queryProviderUsage().subscriberUsageAggregates(UsageQueryText.of(DefaultLocalDirectory.PROVIDER.value(),
                TODAY.minus(1, ChronoUnit.DAYS).toString(), TODAY.toString())).get();
    }

    @Test
    void yesterdays_usage_of_every_direct_tenant_is_there_at_start() {
        AggregatePage page = yesterday(started(7L).side());

        assertThat(page.aggregates().map(UsageAggregate::subscriptionId).distinct()).containsExactlyInAnyOrder(
                DefaultLocalDirectory.CONTOSO, DefaultLocalDirectory.FABRIKAM, DefaultLocalDirectory.RESELLER);
    }

    @Test
    void the_same_seed_serves_the_same_usage_and_another_seed_other_usage() {
        assertThat(yesterday(started(7L).side())).isEqualTo(yesterday(started(7L).side()));
        assertThat(yesterday(started(8L).side())).isNotEqualTo(yesterday(started(7L).side()));
    }

    @Test
    void the_default_subscriptions_belong_to_the_well_known_worlds_tenants() {
        assertThat(DefaultLocalDirectory.OPERATOR_TENANT).isEqualTo(DefaultWorld.PARTNER_TENANT);
        assertThat(DefaultLocalDirectory.CONTOSO_TENANT).isEqualTo(DefaultWorld.CONTOSO_TENANT);
        assertThat(DefaultLocalDirectory.FABRIKAM_TENANT).isEqualTo(DefaultWorld.FABRIKAM_TENANT);
    }

    @Test
    void the_simulator_and_the_stamps_bridge_share_one_outbox() {
        SimulatedStamp.Served served = started(7L);
        yesterday(served.side()); // the first simulation runs beside the start: a usage query waits for it
        int pending = served.useCases().readBridgeStatus().status().pendingCount();
        var cloud = served.useCases().readRegionProperties().properties().cloudId();
        served.useCases().registerStamp().register(new Request(DefaultWorld.REGISTRATION_SUBSCRIPTION, DefaultWorld.RESOURCE_GROUP,
                RegistrationName.conventionalFor(cloud), Request.DEFAULT_LOCATION)).outcome().get();

        BridgeRun run = served.useCases().runBridge().run().get();

        assertThat(pending).isPositive();
        assertThat(run.completed()).isTrue();
        assertThat(run.records()).isEqualTo(pending);
        assertThat(served.useCases().readBridgeStatus().status().pendingCount()).isZero();
        served.stop().run();
    }
}
