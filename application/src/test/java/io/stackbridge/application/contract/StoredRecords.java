package io.stackbridge.application.contract;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * Usage records for the stamp's store contracts (local usage, outbox): one record per call, its hour,
 * reported time, subscription, meter and resource chosen by the test, the rest fixed.
 */
public final class StoredRecords {

    public static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");
    public static final SubscriptionId FIRST = SubscriptionId.of("11111111-0002-4000-8000-000000000001");
    public static final SubscriptionId SECOND = SubscriptionId.of("22222222-0002-4000-8000-000000000001");
    public static final TenantId TENANT = TenantId.of("11111111-0001-4000-8000-000000000001");
    public static final MeterId BASE_VM = MeterId.of("fab6eb84-500b-4a09-a8ca-7358f8baaea5");
    public static final MeterId STORAGE = MeterId.of("b9ff3cd0-28aa-4762-84bb-fe8a0c6d3a2c");

    private StoredRecords() {
    }

    /** A record of {@code hour} (from {@link #DAY}), reported when that hour ends. */
    public static UsageRecord at(int hour, SubscriptionId subscription, MeterId meter, String vm, String quantity) {
        UsageWindow window = UsageWindow.startingAt(DAY.plus(Duration.ofHours(hour)));
        return reported(window.end(), window, subscription, meter, vm, quantity);
    }

    public static UsageRecord at(int hour, String vm) {
        return at(hour, FIRST, BASE_VM, vm, "1");
    }

    /** A record of {@code window} that entered the stamp's usage system at {@code reportedAt}. */
    public static UsageRecord reported(Instant reportedAt, UsageWindow window, SubscriptionId subscription, MeterId meter, String vm,
                                       String quantity) {
        String resource = "/subscriptions/" + subscription + "/resourceGroups/workloads/providers/Microsoft.Compute/virtualMachines/" + vm;
        return new UsageRecord(subscription, TENANT, meter, Quantity.of(quantity), window, resource, "local",
                LinkedHashMap.of("team", "tests"), LinkedHashMap.empty(), reportedAt);
    }

    /** {@code count} records of one VM in consecutive hours from hour 0. */
    public static List<UsageRecord> hours(int count, String vm) {
        return List.range(0, count).map(hour -> at(hour, vm));
    }

    /** The order the outbox promises: oldest usage hour first, then by the key's canonical text. */
    public static List<UsageRecord> oldestFirst(List<UsageRecord> records) {
        return records.sorted(Comparator.comparing((UsageRecord record) -> record.window().start())
                .thenComparing(record -> record.key().canonical()));
    }
}
