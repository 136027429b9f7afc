package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.LocalSubscription;

/**
 * The subscriptions a simulated stamp starts with. GUIDs read {@code <organisation>-<kind>-4000-8000-<n>}
 * as in the fake Azure's default world, kind 0005 being a subscription on the stamp: the operator's
 * default provider subscription; the Contoso and Fabrikam tenants (whose owners sign in from the
 * world's Contoso and Fabrikam Entra tenants, so their usage is billed to those customers once
 * onboarded); and a delegated provider (a reseller) with one tenant of its own, which the default
 * provider cannot see.
 */
public final class DefaultLocalDirectory {

    /** The operator's Entra tenant: the partner tenant of the default world. */
    public static final TenantId OPERATOR_TENANT = TenantId.of("aaaaaaaa-0001-4000-8000-000000000001");
    public static final TenantId CONTOSO_TENANT = TenantId.of("c0c0c0c0-0001-4000-8000-000000000001");
    public static final TenantId FABRIKAM_TENANT = TenantId.of("fab0fab0-0001-4000-8000-000000000001");
    public static final TenantId RESELLER_TENANT = TenantId.of("de1e0000-0001-4000-8000-000000000001");
    public static final TenantId RESELLER_CUSTOMER_TENANT = TenantId.of("de1e0000-0001-4000-8000-000000000002");

    /** P0: the default provider subscription, the caller of the provider API. */
    public static final SubscriptionId PROVIDER = SubscriptionId.of("aaaaaaaa-0005-4000-8000-000000000000");
    /** A direct tenant of P0 owned by Contoso. */
    public static final SubscriptionId CONTOSO = SubscriptionId.of("c0c0c0c0-0005-4000-8000-000000000001");
    /** A direct tenant of P0 owned by Fabrikam. */
    public static final SubscriptionId FABRIKAM = SubscriptionId.of("fab0fab0-0005-4000-8000-000000000001");
    /** P1: a delegated provider, itself a direct tenant of P0. */
    public static final SubscriptionId RESELLER = SubscriptionId.of("de1e0000-0005-4000-8000-000000000001");
    /** A tenant of P1: not a direct tenant of P0 ({@code SubscriberIdIsNotDirectTenant} there). */
    public static final SubscriptionId RESELLER_CUSTOMER = SubscriptionId.of("de1e0000-0005-4000-8000-000000000002");

    private DefaultLocalDirectory() {
    }

    public static LocalDirectory directory() {
        return LocalDirectory.of(
                LocalSubscription.defaultProvider(PROVIDER, OPERATOR_TENANT),
                LocalSubscription.tenantOf(PROVIDER, CONTOSO, CONTOSO_TENANT),
                LocalSubscription.tenantOf(PROVIDER, FABRIKAM, FABRIKAM_TENANT),
                LocalSubscription.tenantOf(PROVIDER, RESELLER, RESELLER_TENANT),
                LocalSubscription.tenantOf(RESELLER, RESELLER_CUSTOMER, RESELLER_CUSTOMER_TENANT));
    }
}
