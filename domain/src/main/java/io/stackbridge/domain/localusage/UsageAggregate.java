package io.stackbridge.domain.localusage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.Quantity;

import java.time.Instant;
import java.util.Objects;

/**
 * The usage of one meter by one resource of one subscription, summed over one bucket of reported
 * time ({@code usageStart} inclusive, {@code usageEnd} exclusive, as the API names them).
 */
public record UsageAggregate(SubscriptionId subscriptionId, MeterId meterId, Instant usageStart, Instant usageEnd, Quantity quantity,
                             InstanceData instanceData) {

    public UsageAggregate {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(usageStart, "usageStart");
        Objects.requireNonNull(usageEnd, "usageEnd");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(instanceData, "instanceData");
        if (!usageStart.isBefore(usageEnd)) {
            throw new IllegalArgumentException("empty bucket " + usageStart + " – " + usageEnd);
        }
    }
}
