package io.stackbridge.application.service.localusage;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.LocalSubscription;

import java.time.Instant;

/** A provider hierarchy for local usage tests: P0 provides T1, T2 and the delegated provider P1, which provides T3. */
public final class LocalUsageFixtures {

    public static final TenantId OPERATOR = TenantId.of("aaaaaaaa-0001-4000-8000-000000000001");
    public static final TenantId CONTOSO = TenantId.of("c0c0c0c0-0001-4000-8000-000000000001");
    public static final TenantId FABRIKAM = TenantId.of("fab0fab0-0001-4000-8000-000000000001");
    public static final TenantId RESELLER = TenantId.of("de1e0000-0001-4000-8000-000000000001");
    public static final SubscriptionId P0 = SubscriptionId.of("aaaaaaaa-0005-4000-8000-000000000000");
    public static final SubscriptionId T1 = SubscriptionId.of("c0c0c0c0-0005-4000-8000-000000000001");
    public static final SubscriptionId T2 = SubscriptionId.of("fab0fab0-0005-4000-8000-000000000001");
    public static final SubscriptionId P1 = SubscriptionId.of("de1e0000-0005-4000-8000-000000000001");
    public static final SubscriptionId T3 = SubscriptionId.of("de1e0000-0005-4000-8000-000000000002");
    /** The stamp's clock in these tests: half past three on 20 November 2026. */
    public static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private LocalUsageFixtures() {
    }

    public static LocalDirectory directory() {
        return LocalDirectory.of(LocalSubscription.defaultProvider(P0, OPERATOR), LocalSubscription.tenantOf(P0, T1, CONTOSO),
                LocalSubscription.tenantOf(P0, T2, FABRIKAM), LocalSubscription.tenantOf(P0, P1, RESELLER),
                LocalSubscription.tenantOf(P1, T3, RESELLER));
    }
}
