package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.domain.usage.UsageRecordKey;
import io.stackbridge.domain.usage.UsageWindow;

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

    /** The canonical text of the key of this series' record of a stored hour, {@link UsageRecordKey#canonical()}, from its parts. */
    String keyText(String hourText) {
        return subscriptionKey + "|" + meterKey + "|" + resourceUri + "|" + hourText;
    }

    /** The hour's part of a key's canonical text: its window's start and end. */
    static String hourText(long hour) {
        UsageWindow window = StoredUsageRow.window(hour);
        return window.start() + "|" + window.end();
    }

    static UsageSeries of(UsageRecordKey key) {
        return new UsageSeries(key.subscriptionId().guid().key(), key.meterId().key(), key.resourceUri());
    }
}
