package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.localusage.StampSide;
import io.stackbridge.adapters.stamp.usage.DefaultLocalDirectory;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp `serve` hosts: usage ready at start, reproducible by seed, owned by the well-known world's tenants. */
class SimulatedStampTest {

    private static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.DAYS);

    private static AggregatePage yesterday(StampSide stamp) {
        return stamp.queryProviderUsage().subscriberUsageAggregates(UsageQueryText.of(DefaultLocalDirectory.PROVIDER.value(),
                TODAY.minus(1, ChronoUnit.DAYS).toString(), TODAY.toString())).get();
    }

    @Test
    void yesterdays_usage_of_every_direct_tenant_is_there_at_start() {
        AggregatePage page = yesterday(SimulatedStamp.start(Option.some(7L)));

        assertThat(page.aggregates().map(UsageAggregate::subscriptionId).distinct()).containsExactlyInAnyOrder(
                DefaultLocalDirectory.CONTOSO, DefaultLocalDirectory.FABRIKAM, DefaultLocalDirectory.RESELLER);
    }

    @Test
    void the_same_seed_serves_the_same_usage_and_another_seed_other_usage() {
        assertThat(yesterday(SimulatedStamp.start(Option.some(7L)))).isEqualTo(yesterday(SimulatedStamp.start(Option.some(7L))));
        assertThat(yesterday(SimulatedStamp.start(Option.some(8L)))).isNotEqualTo(yesterday(SimulatedStamp.start(Option.some(7L))));
    }

    @Test
    void the_default_subscriptions_belong_to_the_well_known_worlds_tenants() {
        assertThat(DefaultLocalDirectory.OPERATOR_TENANT).isEqualTo(DefaultWorld.PARTNER_TENANT);
        assertThat(DefaultLocalDirectory.CONTOSO_TENANT).isEqualTo(DefaultWorld.CONTOSO_TENANT);
        assertThat(DefaultLocalDirectory.FABRIKAM_TENANT).isEqualTo(DefaultWorld.FABRIKAM_TENANT);
    }
}
