package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.tenant.TenantMappings;

/**
 * Who pays for a usage record: the customer subscription mapped to the record's tenant under the
 * registration, or else the registration's own (default) subscription.
 */
public final class UsageAttribution {

    private UsageAttribution() {
    }

    public static SubscriptionId billedTo(UsageRecord record, Registration registration, TenantMappings mappings) {
        return mappings.forTenant(record.tenantId())
                .map(CustomerSubscription::subscriptionId)
                .getOrElse(registration.key().subscriptionId());
    }
}
