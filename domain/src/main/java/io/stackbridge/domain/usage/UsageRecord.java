package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

import java.time.Instant;
import java.util.Objects;

/**
 * One hour of one meter for one resource of one local (Azure Stack Hub) subscription, whose owner
 * signs in from Entra tenant {@code tenantId} (that tenant decides which customer subscription the
 * usage is billed to). The usage window says when the resource was used; {@code reportedAt} says
 * when the record entered the stamp's usage system, which can be hours later and is what the usage
 * APIs query by.
 */
public record UsageRecord(
        SubscriptionId subscriptionId,
        TenantId tenantId,
        MeterId meterId,
        Quantity quantity,
        UsageWindow window,
        String resourceUri,
        String location,
        Map<String, String> tags,
        Map<String, String> additionalInfo,
        Instant reportedAt) {

    public UsageRecord {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reportedAt, "reportedAt");
        if (resourceUri.isBlank()) {
            throw new IllegalArgumentException("a usage record names its resource");
        }
        if (reportedAt.isBefore(window.start())) {
            throw new IllegalArgumentException("usage cannot be reported before it starts: " + reportedAt);
        }
        tags = tags == null ? LinkedHashMap.empty() : tags;
        additionalInfo = additionalInfo == null ? LinkedHashMap.empty() : additionalInfo;
    }

    public UsageRecordKey key() {
        return new UsageRecordKey(subscriptionId, meterId, resourceUri, window);
    }
}
