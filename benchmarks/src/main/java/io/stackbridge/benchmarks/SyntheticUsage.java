package io.stackbridge.benchmarks;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.meter.MeterCatalog;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Distinct usage records of Contoso's tenant, numbered: record {@code n} is resource {@code n % resources}
 * in the hour {@code n / resources} before the latest full hour, so any range of numbers gives records
 * that were never sent before (and a batch never repeats a key).
 */
final class SyntheticUsage {

    private static final SubscriptionId LOCAL_SUBSCRIPTION = SubscriptionId.of("be0cbe0c-0005-4000-8000-000000000001");
    private static final Quantity QUANTITY = Quantity.of("2.5");

    private final int resources;
    private final Instant latestHour;
    private final MeterId meter = MeterCatalog.standard().active().head().id();

    SyntheticUsage(int resources, Instant now) {
        this.resources = resources;
        this.latestHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
    }

    UsageRecord record(long n) {
        Instant hour = latestHour.minus(Duration.ofHours(n / resources));
        String resource = "/subscriptions/" + LOCAL_SUBSCRIPTION.value()
                + "/resourceGroups/bench/providers/Microsoft.Compute/virtualMachines/vm" + (n % resources);
        return new UsageRecord(LOCAL_SUBSCRIPTION, DefaultWorld.CONTOSO_TENANT, meter, QUANTITY, UsageWindow.startingAt(hour),
                resource, "local", null, null, hour.plus(UsageWindow.LENGTH));
    }

    /** Records {@code first} to {@code first + size - 1} as one batch of {@code cloudId}. */
    UsageBatch batch(CloudId cloudId, long first, int size) {
        List<UsageRecord> records = List.empty();
        for (long n = first + size - 1; n >= first; n--) {
            records = records.prepend(record(n));
        }
        return UsageBatch.of(cloudId, records);
    }
}
