package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.text.JsonText;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.Map;

import java.util.Objects;

/**
 * What a record says beyond its identity, as the {@code usage_detail} table keeps it once: its
 * subscription and meter IDs as written, its owner's tenant, location, tags and additional info
 * (JSON objects, order kept). Two details are the same only when every text is.
 */
record UsageDetail(String subscriptionId, String tenantId, String meterId, String location, String tags, String additionalInfo) {

    UsageDetail {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(additionalInfo, "additionalInfo");
    }

    /** The detail read back as the values a record holds, decoded once for every record that shares it. */
    Decoded decoded() {
        return new Decoded(SubscriptionId.of(subscriptionId), TenantId.of(tenantId), MeterId.of(meterId), location,
                JsonText.toMap(tags), JsonText.toMap(additionalInfo));
    }

    /** A detail's values as a record holds them. */
    record Decoded(SubscriptionId subscriptionId, TenantId tenantId, MeterId meterId, String location, Map<String, String> tags,
                   Map<String, String> additionalInfo) {
    }
}
