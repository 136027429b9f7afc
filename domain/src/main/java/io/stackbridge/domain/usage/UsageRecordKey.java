package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;

/**
 * What makes a usage record unique: the local subscription, the meter, the resource and the hour.
 * Resending a record with the same key must never count it twice.
 */
public record UsageRecordKey(SubscriptionId subscriptionId, MeterId meterId, String resourceUri, UsageWindow window) {

    /** A stable text form, independent of how the IDs were written: the input of batch IDs. */
    public String canonical() {
        return subscriptionId.guid().key() + "|" + meterId.key() + "|" + resourceUri + "|" + window.start() + "|" + window.end();
    }
}
