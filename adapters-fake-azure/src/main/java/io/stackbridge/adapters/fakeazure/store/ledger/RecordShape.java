package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * What the records of one resource's meter have in common from hour to hour: everything but the
 * hour, the quantity and the reported time. Kept once and shared by every row that has it.
 */
record RecordShape(SubscriptionId subscriptionId, TenantId tenantId, MeterId meterId, String resourceUri, String location,
                   Map<String, String> tags, Map<String, String> additionalInfo) {

    static RecordShape of(UsageRecord record) {
        return new RecordShape(record.subscriptionId(), record.tenantId(), record.meterId(), record.resourceUri(), record.location(),
                record.tags(), record.additionalInfo());
    }

    /** The exact text of every part, in order: two shapes are shared only when they were written alike. */
    Object spelling() {
        return new Spelling(subscriptionId.value(), tenantId.value(), meterId.value(), resourceUri, location,
                tags.isEmpty() ? List.empty() : tags.toList(), additionalInfo.isEmpty() ? List.empty() : additionalInfo.toList());
    }

    /** The texts of a shape as written, maps as their ordered pairs. */
    private record Spelling(String subscriptionId, String tenantId, String meterId, String resourceUri, String location,
                            List<?> tags, List<?> additionalInfo) {
    }
}
