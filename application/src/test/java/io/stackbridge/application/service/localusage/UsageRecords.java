package io.stackbridge.application.service.localusage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;

import java.time.Duration;
import java.time.Instant;

/** Hand-made hourly records with an exact reported time, for boundary tests. */
final class UsageRecords {

    static final MeterId BASE_VM = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");

    private UsageRecords() {
    }

    /** One VM hour of {@code subscription} used in the hour before {@code reportedAt}'s hour, reported at {@code reportedAt}. */
    static UsageRecord reported(SubscriptionId subscription, Instant reportedAt, String quantity) {
        return used(subscription, UsageWindow.containing(reportedAt.minus(Duration.ofHours(1))), reportedAt, quantity);
    }

    /** One VM hour of {@code subscription} used in {@code window}, reported at {@code reportedAt}. */
    static UsageRecord used(SubscriptionId subscription, UsageWindow window, Instant reportedAt, String quantity) {
        return new UsageRecord(subscription, LocalUsageFixtures.CONTOSO, BASE_VM, Quantity.of(quantity), window,
                "/subscriptions/" + subscription + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1", "local",
                LinkedHashMap.of("environment", "test"), LinkedHashMap.of("ServiceType", "Standard_A1_v2"), reportedAt);
    }
}
