package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.LinkedHashMap;

import java.time.Instant;

/** Usage records for tests: one VM hour of a local subscription, varied by hour, resource and quantity. */
final class UsageSamples {

    static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");
    static final SubscriptionId LOCAL = SubscriptionId.of("8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0a");
    static final TenantId TENANT = TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2");
    static final MeterId BASE_VM = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");

    private UsageSamples() {
    }

    static UsageRecord vmHour(int hour, String vm, String quantity) {
        UsageWindow window = UsageWindow.startingAt(TEN.plusSeconds(3600L * hour));
        return new UsageRecord(LOCAL, TENANT, BASE_VM, Quantity.of(quantity), window,
                "/subscriptions/" + LOCAL + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/" + vm,
                "local", LinkedHashMap.empty(), LinkedHashMap.empty(), window.end());
    }
}
