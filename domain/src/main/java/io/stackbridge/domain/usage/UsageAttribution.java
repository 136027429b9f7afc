package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.tenant.TenantMappings;

/**
 * Who pays for a usage record: the customer subscription mapped to the record's tenant under the
 * registration, or else the registration's own (default) subscription. Mappings only count while
 * the registration's billing model allows tenants: after a switch to Capacity, say, everything is
 * billed to the registration's subscription.
 */
public final class UsageAttribution {

    private UsageAttribution() {
    }

    public static SubscriptionId billedTo(UsageRecord record, Registration registration, TenantMappings mappings) {
        if (!registration.billingModel().allowsTenants()) {
            return registration.key().subscriptionId();
        }
        return mappings.forTenant(record.tenantId())
                .map(CustomerSubscription::subscriptionId)
                .getOrElse(registration.key().subscriptionId());
    }
}
