package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.domain.usage.UsageRecordKey;

/**
 * A record key without its hour: one resource's meter in one local subscription, by the lookup
 * forms of its IDs (lower case; the meter without dashes), so that two keys are in one series
 * exactly when {@link UsageRecordKey#equals} would say so, at the cost of plain string compares.
 */
record KeySeries(String subscriptionKey, String meterKey, String resourceUri) {

    static KeySeries of(UsageRecordKey key) {
        return new KeySeries(key.subscriptionId().guid().key(), key.meterId().key(), key.resourceUri());
    }
}
