package io.stackbridge.adapters.http.server;

import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ClearFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.ClearJournalUseCase;
import io.stackbridge.application.port.in.admin.DrawFaultUseCase;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.PutDirectorySubscriptionUseCase;
import io.stackbridge.application.port.in.admin.PutServicePrincipalUseCase;
import io.stackbridge.application.port.in.admin.ReadClockOffsetUseCase;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.application.port.in.admin.ReadWorldUseCase;
import io.stackbridge.application.port.in.admin.RecordCallUseCase;
import io.stackbridge.application.port.in.admin.RemoveFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ResetEmulatorUseCase;
import io.stackbridge.application.port.in.admin.ServeWithShiftedClockUseCase;
import io.stackbridge.application.port.in.admin.SetClockOffsetUseCase;
import io.stackbridge.application.port.in.arm.CreateOrUpdateResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.DeleteResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceProviderUseCase;
import io.stackbridge.application.port.in.arm.RegisterResourceProviderUseCase;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.application.port.in.identity.PublishSigningKeysUseCase;
import io.stackbridge.application.port.in.identity.VerifyAccessTokenUseCase;
import io.stackbridge.application.port.in.registration.ApproveMultiTenancyUseCase;
import io.stackbridge.application.port.in.registration.CreateOrUpdateRegistrationUseCase;
import io.stackbridge.application.port.in.registration.DeleteRegistrationUseCase;
import io.stackbridge.application.port.in.registration.EnableRemoteManagementUseCase;
import io.stackbridge.application.port.in.registration.GetActivationKeyUseCase;
import io.stackbridge.application.port.in.registration.GetRegistrationUseCase;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase;
import io.stackbridge.application.port.in.registration.RevokeMultiTenancyUseCase;
import io.stackbridge.application.port.in.registration.UpdateRegistrationUseCase;
import io.stackbridge.application.port.in.tenant.AddCustomerSubscriptionUseCase;
import io.stackbridge.application.port.in.tenant.GetCustomerSubscriptionUseCase;
import io.stackbridge.application.port.in.tenant.ListCustomerSubscriptionsUseCase;
import io.stackbridge.application.port.in.tenant.RemoveCustomerSubscriptionUseCase;
import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase;
import io.stackbridge.domain.registration.AzureEndpoints;
import jakarta.inject.Inject;

/**
 * Every use case the emulator calls (cloud side and emulator control), and the endpoints the
 * cloud side was built with (its management address is one more accepted token audience).
 */
public record CloudSide(
        AzureEndpoints endpoints,
        RegisterResourceProviderUseCase registerResourceProvider,
        GetResourceProviderUseCase getResourceProvider,
        CreateOrUpdateResourceGroupUseCase createOrUpdateResourceGroup,
        GetResourceGroupUseCase getResourceGroup,
        DeleteResourceGroupUseCase deleteResourceGroup,
        IssueAccessTokenUseCase issueAccessToken,
        VerifyAccessTokenUseCase verifyAccessToken,
        PublishSigningKeysUseCase publishSigningKeys,
        CreateOrUpdateRegistrationUseCase createOrUpdateRegistration,
        GetRegistrationUseCase getRegistration,
        ListRegistrationsUseCase listRegistrations,
        UpdateRegistrationUseCase updateRegistration,
        DeleteRegistrationUseCase deleteRegistration,
        GetActivationKeyUseCase getActivationKey,
        EnableRemoteManagementUseCase enableRemoteManagement,
        ApproveMultiTenancyUseCase approveMultiTenancy,
        RevokeMultiTenancyUseCase revokeMultiTenancy,
        AddCustomerSubscriptionUseCase addCustomerSubscription,
        GetCustomerSubscriptionUseCase getCustomerSubscription,
        ListCustomerSubscriptionsUseCase listCustomerSubscriptions,
        RemoveCustomerSubscriptionUseCase removeCustomerSubscription,
        AcceptUsageBatchUseCase acceptUsageBatch,
        ResetEmulatorUseCase resetEmulator,
        ReadWorldUseCase readWorld,
        PutDirectorySubscriptionUseCase putDirectorySubscription,
        PutServicePrincipalUseCase putServicePrincipal,
        ListFaultRulesUseCase listFaultRules,
        AddFaultRuleUseCase addFaultRule,
        RemoveFaultRuleUseCase removeFaultRule,
        ClearFaultRulesUseCase clearFaultRules,
        DrawFaultUseCase drawFault,
        RecordCallUseCase recordCall,
        ReadJournalUseCase readJournal,
        ClearJournalUseCase clearJournal,
        ReadClockOffsetUseCase readClockOffset,
        SetClockOffsetUseCase setClockOffset,
        ServeWithShiftedClockUseCase serveWithShiftedClock) {

    @Inject
    public CloudSide {
        java.util.Objects.requireNonNull(endpoints, "endpoints");
    }
}
