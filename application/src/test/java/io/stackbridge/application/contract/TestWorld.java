package io.stackbridge.application.contract;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;

/**
 * The IDs of the world an Azure under test starts with, so that contract tests can reach every
 * case without knowing how that Azure is seeded.
 *
 * @param registrationSubscription a CSP subscription of partner A, with {@code resourceGroup} and
 *                                 Microsoft.AzureStack registered: where PayAsYouUse registrations go
 * @param enterpriseSubscription   an EA subscription, also prepared: where Capacity/Development ones go
 * @param resourceGroup            the resource group prepared in both subscriptions ({@code azurestack})
 * @param contoso                  a CSP customer subscription of partner A, in tenant {@code contosoTenant}
 * @param fabrikam                 another CSP customer subscription of partner A, in tenant {@code fabrikamTenant}
 * @param otherPartnerCustomer     a CSP subscription of another partner
 * @param nonCspCustomer           an EA subscription (not CSP)
 * @param unknownSubscription      a well-formed ID the directory does not know
 * @param bridgeTenant             the tenant of the bridge's service principal
 * @param bridgeClientId           the bridge principal's client ID
 * @param bridgeObjectId           the bridge principal's object ID (what registration tokens carry)
 * @param bridgeSecret             the bridge principal's client secret
 * @param disabledClientId         a disabled principal in the same tenant
 * @param disabledSecret           its secret
 */
public record TestWorld(
        SubscriptionId registrationSubscription,
        SubscriptionId enterpriseSubscription,
        ResourceGroupName resourceGroup,
        SubscriptionId contoso,
        TenantId contosoTenant,
        SubscriptionId fabrikam,
        TenantId fabrikamTenant,
        SubscriptionId otherPartnerCustomer,
        SubscriptionId nonCspCustomer,
        SubscriptionId unknownSubscription,
        TenantId bridgeTenant,
        ClientId bridgeClientId,
        ObjectId bridgeObjectId,
        String bridgeSecret,
        ClientId disabledClientId,
        String disabledSecret) {
}
