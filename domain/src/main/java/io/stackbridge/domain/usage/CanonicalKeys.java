package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;

import java.util.HashMap;
import java.util.Map;

/**
 * The canonical texts of many record keys, {@link UsageRecordKey#canonical()} exactly, with each
 * subscription's, meter's and hour's part written once: a batch's records share a few of each.
 */
final class CanonicalKeys {

    private final Map<SubscriptionId, String> subscriptions = new HashMap<>();
    private final Map<MeterId, String> meters = new HashMap<>();
    private final Map<UsageWindow, String> windows = new HashMap<>();

    String of(UsageRecordKey key) {
        String subscription = subscriptions.computeIfAbsent(key.subscriptionId(), id -> id.guid().key());
        String meter = meters.computeIfAbsent(key.meterId(), MeterId::key);
        String window = windows.computeIfAbsent(key.window(), hour -> hour.start() + "|" + hour.end());
        return new StringBuilder(subscription.length() + meter.length() + key.resourceUri().length() + window.length() + 3)
                .append(subscription).append('|').append(meter).append('|').append(key.resourceUri()).append('|').append(window)
                .toString();
    }
}
