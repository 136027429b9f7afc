package io.stackbridge.domain.localusage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;

import java.time.Duration;
import java.time.Instant;

/** A small provider hierarchy and a builder of hourly records for the local usage tests. */
public final class LocalUsageSamples {

    public static final TenantId OPERATOR = TenantId.of("aaaaaaaa-0001-4000-8000-000000000001");
    public static final TenantId CONTOSO = TenantId.of("c0c0c0c0-0001-4000-8000-000000000001");
    public static final SubscriptionId P0 = SubscriptionId.of("aaaaaaaa-0005-4000-8000-000000000000");
    public static final SubscriptionId P1 = SubscriptionId.of("de1e0000-0005-4000-8000-000000000001");
    public static final SubscriptionId T1 = SubscriptionId.of("c0c0c0c0-0005-4000-8000-000000000001");
    public static final SubscriptionId T3 = SubscriptionId.of("de1e0000-0005-4000-8000-000000000002");
    public static final MeterId BASE_VM = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");
    public static final MeterId STATIC_IP = MeterId.of("F271A8A388C44D93956A063E1D2FA80B");
    /** Usage of the hour from 10:00 on 20 November 2026. */
    public static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");

    private LocalUsageSamples() {
    }

    /** P0 provides T1 and the delegated provider P1, which provides T3. */
    public static LocalDirectory directory() {
        return LocalDirectory.of(LocalSubscription.defaultProvider(P0, OPERATOR), LocalSubscription.tenantOf(P0, T1, CONTOSO),
                LocalSubscription.tenantOf(P0, P1, CONTOSO), LocalSubscription.tenantOf(P1, T3, CONTOSO));
    }

    /** One hour of {@code meter} for {@code resource} of {@code subscription}, used at {@code hour} and reported {@code lag} later. */
    public static UsageRecord record(SubscriptionId subscription, MeterId meter, String resource, Instant hour, Duration lag,
                                     String quantity) {
        UsageWindow window = UsageWindow.startingAt(hour);
        return new UsageRecord(subscription, CONTOSO, meter, Quantity.of(quantity), window,
                "/subscriptions/" + subscription + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/" + resource,
                "local", LinkedHashMap.empty(), LinkedHashMap.empty(), window.end().plus(lag));
    }
}
