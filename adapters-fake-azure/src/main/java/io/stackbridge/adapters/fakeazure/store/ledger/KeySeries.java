package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.UsageRecordKey;

/** A record key without its hour: one resource's meter in one local subscription, compared as record keys compare. */
record KeySeries(SubscriptionId subscriptionId, MeterId meterId, String resourceUri) {

    static KeySeries of(UsageRecordKey key) {
        return new KeySeries(key.subscriptionId(), key.meterId(), key.resourceUri());
    }
}
