package io.stackbridge.application.service.localusage;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.InstanceData;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T1;
import static io.stackbridge.application.service.localusage.LocalUsageFixtures.T2;
import static io.stackbridge.application.service.localusage.UsageRecords.reported;
import static org.assertj.core.api.Assertions.assertThat;

class QueryTenantUsageServiceTest {

    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");

    private final LocalUsageServices services = LocalUsageServices.of(42, 1);

    @Test
    void a_tenant_sees_its_own_subscription_only_whatever_subscriber_it_names() {
        services.store.append(List.of(reported(T1, TEN, "1.25"), UsageRecords.used(T1, UsageWindow.startingAt(TEN.minusSeconds(7200)), TEN.plusSeconds(1800), "0.75"), reported(T2, TEN, "9")));

        AggregatePage page = services.tenant.usageAggregates(UsageQueryText.of(T1.value(), "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z")
                .withGranularity("Hourly").withSubscriber(T2.value())).get();

        assertThat(page.aggregates()).singleElement().satisfies(aggregate -> {
            assertThat(aggregate.subscriptionId()).isEqualTo(T1);
            assertThat(aggregate.quantity()).isEqualTo(Quantity.of("2"));
            assertThat(aggregate.instanceData()).isEqualTo(new InstanceData(
                    "/subscriptions/" + T1 + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1", "local",
                    LinkedHashMap.of("environment", "test"), LinkedHashMap.of("ServiceType", "Standard_A1_v2")));
        });
        assertThat(page.next()).isEmpty();
    }

    @Test
    void a_subscription_without_usage_gets_an_empty_page() {
        services.store.append(List.of(reported(T2, TEN, "9")));

        AggregatePage page = services.tenant.usageAggregates(UsageQueryText.of(T1.value(), "2026-11-20T00:00:00Z",
                "2026-11-20T15:00:00Z").withGranularity("hourly")).get();

        assertThat(page.aggregates()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void the_tenant_api_applies_the_same_rules_and_codes() {
        UsageQueryText query = UsageQueryText.of(T1.value(), "2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z");

        assertThat(services.tenant.usageAggregates(query.withApiVersion(Option.none())).getLeft().code()).isEqualTo(ErrorCode.NoApiVersion);
        assertThat(services.tenant.usageAggregates(query.withGranularity("monthly")).getLeft().code())
                .isEqualTo(ErrorCode.InvalidAggregationGranularity);
        assertThat(services.tenant.usageAggregates(UsageQueryText.of(T1.value(), "2026-11-19T00:00:00Z", "2026-11-21T00:00:00Z"))
                .getLeft().code()).isEqualTo(ErrorCode.RequestEndTimeIsInFuture);
        assertThat(services.tenant.usageAggregates(UsageQueryText.of(null, "2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z"))
                .getLeft().code()).isEqualTo(ErrorCode.SubscriptionIdMissingInRequest);
    }

    @Test
    void aggregates_of_a_day_follow_the_order_of_subscription_meter_and_resource() {
        services.store.append(List.of(reported(T1, TEN, "1"), reported(T1, TEN.plusSeconds(7200), "1")));

        List<UsageAggregate> hourly = services.tenant.usageAggregates(UsageQueryText.of(T1.value(), "2026-11-20T00:00:00Z",
                "2026-11-20T15:00:00Z").withGranularity("hourly")).get().aggregates();

        assertThat(hourly.map(UsageAggregate::usageStart)).containsExactly(TEN, TEN.plusSeconds(7200));
    }
}
