package io.stackbridge.adapters.cli.wiring;

import dagger.Module;
import dagger.Provides;
import io.stackbridge.application.port.in.arm.CreateOrUpdateResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.DeleteResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceProviderUseCase;
import io.stackbridge.application.port.in.arm.RegisterResourceProviderUseCase;
import io.stackbridge.application.port.in.identity.DiscoverTenantUseCase;
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
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.application.port.out.ClientAssertionPort;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.ServicePrincipalPort;
import io.stackbridge.application.port.out.SigningKeysPort;
import io.stackbridge.application.port.out.SubscriptionDirectoryPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.application.service.arm.CreateOrUpdateResourceGroupService;
import io.stackbridge.application.service.arm.DeleteResourceGroupService;
import io.stackbridge.application.service.arm.GetResourceGroupService;
import io.stackbridge.application.service.arm.GetResourceProviderService;
import io.stackbridge.application.service.arm.RegisterResourceProviderService;
import io.stackbridge.application.service.identity.DiscoverTenantService;
import io.stackbridge.application.service.identity.IssueAccessTokenService;
import io.stackbridge.application.service.identity.PublishSigningKeysService;
import io.stackbridge.application.service.identity.VerifyAccessTokenService;
import io.stackbridge.application.service.registration.ApproveMultiTenancyService;
import io.stackbridge.application.service.registration.CreateOrUpdateRegistrationService;
import io.stackbridge.application.service.registration.DeleteRegistrationService;
import io.stackbridge.application.service.registration.EnableRemoteManagementService;
import io.stackbridge.application.service.registration.GetActivationKeyService;
import io.stackbridge.application.service.registration.GetRegistrationService;
import io.stackbridge.application.service.registration.ListRegistrationsService;
import io.stackbridge.application.service.registration.RevokeMultiTenancyService;
import io.stackbridge.application.service.registration.UpdateRegistrationService;
import io.stackbridge.application.service.tenant.AddCustomerSubscriptionService;
import io.stackbridge.application.service.tenant.GetCustomerSubscriptionService;
import io.stackbridge.application.service.tenant.ListCustomerSubscriptionsService;
import io.stackbridge.application.service.tenant.RemoveCustomerSubscriptionService;
import io.stackbridge.application.service.usage.AcceptUsageBatchService;
import io.stackbridge.application.service.usage.QueryUsageLedgerService;
import io.stackbridge.domain.registration.AzureEndpoints;
import jakarta.inject.Singleton;

/**
 * The cloud side's use cases, each listed once with the service that implements it, over whatever
 * driven ports the component binds (the store module it picks: in memory or SQLite). The application
 * carries no DI annotation: its services are built here, in the composition root.
 */
@Module(includes = {MarketplaceUseCasesModule.class, LinkedSubscriptionUseCasesModule.class, ManifestUseCasesModule.class})
public final class CloudUseCasesModule {

    private CloudUseCasesModule() {
    }

    @Provides @Singleton
    static RegisterResourceProviderUseCase registerProvider(ProviderRegistrationPort providers) {
        return new RegisterResourceProviderService(providers);
    }

    @Provides @Singleton
    static GetResourceProviderUseCase getProvider(ProviderRegistrationPort providers) {
        return new GetResourceProviderService(providers);
    }

    @Provides @Singleton
    static CreateOrUpdateResourceGroupUseCase createOrUpdateGroup(ResourceGroupStorePort groups, TransactionPort transactions) {
        return new CreateOrUpdateResourceGroupService(groups, transactions);
    }

    @Provides @Singleton
    static GetResourceGroupUseCase getGroup(ResourceGroupStorePort groups) {
        return new GetResourceGroupService(groups);
    }

    @Provides @Singleton
    static DeleteResourceGroupUseCase deleteGroup(ResourceGroupStorePort groups, RegistrationStorePort registrations,
            CustomerSubscriptionStorePort tenants, MultiTenancyApprovalPort approvals, TransactionPort transactions) {
        return new DeleteResourceGroupService(groups, registrations, tenants, approvals, transactions);
    }

    @Provides @Singleton
    static IssueAccessTokenUseCase issueToken(ServicePrincipalPort principals, TokenSigningPort signing, ClockPort clock,
            AzureEndpoints endpoints, ClientAssertionPort assertions) {
        return new IssueAccessTokenService(principals, signing, clock, endpoints, assertions);
    }

    @Provides @Singleton
    static DiscoverTenantUseCase discoverTenant(ServicePrincipalPort principals, AzureEndpoints endpoints) {
        return new DiscoverTenantService(principals, endpoints);
    }

    @Provides @Singleton
    static VerifyAccessTokenUseCase verifyToken(TokenSigningPort signing, ClockPort clock) {
        return new VerifyAccessTokenService(signing, clock);
    }

    @Provides @Singleton
    static PublishSigningKeysUseCase publishSigningKeys(SigningKeysPort keys) {
        return new PublishSigningKeysService(keys);
    }

    @Provides @Singleton
    static CreateOrUpdateRegistrationUseCase createOrUpdateRegistration(RegistrationStorePort store, ResourceGroupStorePort groups,
            ProviderRegistrationPort providers, RegistrationTokenCodecPort codec, TransactionPort transactions) {
        return new CreateOrUpdateRegistrationService(store, groups, providers, codec, transactions);
    }

    @Provides @Singleton
    static GetRegistrationUseCase getRegistration(RegistrationStorePort store) {
        return new GetRegistrationService(store);
    }

    @Provides @Singleton
    static ListRegistrationsUseCase listRegistrations(RegistrationStorePort store, ResourceGroupStorePort groups) {
        return new ListRegistrationsService(store, groups);
    }

    @Provides @Singleton
    static UpdateRegistrationUseCase updateRegistration(RegistrationStorePort store, RegistrationTokenCodecPort codec,
            TransactionPort transactions) {
        return new UpdateRegistrationService(store, codec, transactions);
    }

    @Provides @Singleton
    static DeleteRegistrationUseCase deleteRegistration(RegistrationStorePort store, CustomerSubscriptionStorePort tenants,
            MultiTenancyApprovalPort approvals, TransactionPort transactions) {
        return new DeleteRegistrationService(store, tenants, approvals, transactions);
    }

    @Provides @Singleton
    static GetActivationKeyUseCase activationKey(RegistrationStorePort store, TokenSigningPort signing, AzureEndpoints endpoints,
            ClockPort clock) {
        return new GetActivationKeyService(store, signing, endpoints, clock);
    }

    @Provides @Singleton
    static EnableRemoteManagementUseCase enableRemoteManagement(RegistrationStorePort store) {
        return new EnableRemoteManagementService(store);
    }

    @Provides @Singleton
    static ApproveMultiTenancyUseCase approveMultiTenancy(RegistrationStorePort store, MultiTenancyApprovalPort approvals) {
        return new ApproveMultiTenancyService(store, approvals);
    }

    @Provides @Singleton
    static RevokeMultiTenancyUseCase revokeMultiTenancy(RegistrationStorePort store, MultiTenancyApprovalPort approvals) {
        return new RevokeMultiTenancyService(store, approvals);
    }

    @Provides @Singleton
    static AddCustomerSubscriptionUseCase addCustomerSubscription(RegistrationStorePort registrations,
            MultiTenancyApprovalPort approvals, SubscriptionDirectoryPort directory, CustomerSubscriptionStorePort mappings,
            TransactionPort transactions) {
        return new AddCustomerSubscriptionService(registrations, approvals, directory, mappings, transactions);
    }

    @Provides @Singleton
    static GetCustomerSubscriptionUseCase getCustomerSubscription(RegistrationStorePort registrations,
            CustomerSubscriptionStorePort mappings) {
        return new GetCustomerSubscriptionService(registrations, mappings);
    }

    @Provides @Singleton
    static ListCustomerSubscriptionsUseCase listCustomerSubscriptions(RegistrationStorePort registrations,
            CustomerSubscriptionStorePort mappings) {
        return new ListCustomerSubscriptionsService(registrations, mappings);
    }

    @Provides @Singleton
    static RemoveCustomerSubscriptionUseCase removeCustomerSubscription(RegistrationStorePort registrations,
            CustomerSubscriptionStorePort mappings, TransactionPort transactions) {
        return new RemoveCustomerSubscriptionService(registrations, mappings, transactions);
    }

    @Provides @Singleton
    static AcceptUsageBatchUseCase acceptUsage(VerifyAccessTokenUseCase tokens, RegistrationStorePort registrations,
            CustomerSubscriptionStorePort mappings, UsageLedgerPort ledger, ClockPort clock, AzureEndpoints endpoints,
            TransactionPort transactions) {
        return new AcceptUsageBatchService(tokens, registrations, mappings, ledger, clock, endpoints, transactions);
    }

    @Provides @Singleton
    static QueryUsageLedgerUseCase queryLedger(UsageLedgerPort ledger) {
        return new QueryUsageLedgerService(ledger);
    }
}
