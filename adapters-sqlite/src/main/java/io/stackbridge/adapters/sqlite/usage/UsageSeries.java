package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.domain.usage.UsageRecordKey;

import java.util.Objects;

/**
 * A record's identity but its hour, as the {@code usage_series} table keeps it once: the subscription
 * and the meter by their keys (case and meter dashes ignored) and the resource.
 */
record UsageSeries(String subscriptionKey, String meterKey, String resourceUri) {

    UsageSeries {
        Objects.requireNonNull(subscriptionKey, "subscriptionKey");
        Objects.requireNonNull(meterKey, "meterKey");
        Objects.requireNonNull(resourceUri, "resourceUri");
    }

    static UsageSeries of(UsageRecordKey key) {
        return new UsageSeries(key.subscriptionId().guid().key(), key.meterId().key(), key.resourceUri());
    }
}
