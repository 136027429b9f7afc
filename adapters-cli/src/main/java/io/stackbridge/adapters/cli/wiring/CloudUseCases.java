package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.application.port.in.linked.CreateOrUpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.manifest.CreateDeploymentLicenseUseCase;
import io.stackbridge.application.port.in.manifest.GetCloudManifestUseCase;
import io.stackbridge.application.port.in.linked.DeleteLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.GetLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.ListLinkedSubscriptionsUseCase;
import io.stackbridge.application.port.in.linked.UpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.arm.CreateOrUpdateResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.DeleteResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceProviderUseCase;
import io.stackbridge.application.port.in.arm.RegisterResourceProviderUseCase;
import io.stackbridge.application.port.in.identity.DiscoverTenantUseCase;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.application.port.in.identity.PublishSigningKeysUseCase;
import io.stackbridge.application.port.in.identity.VerifyAccessTokenUseCase;
import io.stackbridge.application.port.in.marketplace.CheckProductUseCase;
import io.stackbridge.application.port.in.marketplace.CheckProductsUseCase;
import io.stackbridge.application.port.in.marketplace.GetProductUseCase;
import io.stackbridge.application.port.in.marketplace.ListProductsUseCase;
import io.stackbridge.application.port.in.marketplace.ReadPackageFileUseCase;
import io.stackbridge.application.port.in.marketplace.UploadProductLogUseCase;
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

/** Every cloud-side use case of one fake Azure (in memory or in SQLite): what the emulator serves and the test kit calls. */
public interface CloudUseCases {

    RegisterResourceProviderUseCase registerResourceProvider();

    GetResourceProviderUseCase getResourceProvider();

    CreateOrUpdateResourceGroupUseCase createOrUpdateResourceGroup();

    GetResourceGroupUseCase getResourceGroup();

    DeleteResourceGroupUseCase deleteResourceGroup();

    IssueAccessTokenUseCase issueAccessToken();

    DiscoverTenantUseCase discoverTenant();

    VerifyAccessTokenUseCase verifyAccessToken();

    PublishSigningKeysUseCase publishSigningKeys();

    CreateOrUpdateRegistrationUseCase createOrUpdateRegistration();

    GetRegistrationUseCase getRegistration();

    ListRegistrationsUseCase listRegistrations();

    UpdateRegistrationUseCase updateRegistration();

    DeleteRegistrationUseCase deleteRegistration();

    GetActivationKeyUseCase getActivationKey();

    EnableRemoteManagementUseCase enableRemoteManagement();

    ApproveMultiTenancyUseCase approveMultiTenancy();

    RevokeMultiTenancyUseCase revokeMultiTenancy();

    AddCustomerSubscriptionUseCase addCustomerSubscription();

    GetCustomerSubscriptionUseCase getCustomerSubscription();

    ListCustomerSubscriptionsUseCase listCustomerSubscriptions();

    RemoveCustomerSubscriptionUseCase removeCustomerSubscription();

    AcceptUsageBatchUseCase acceptUsageBatch();

    QueryUsageLedgerUseCase queryUsageLedger();

    ListProductsUseCase listProducts();

    GetProductUseCase getProduct();

    CheckProductsUseCase checkProducts();

    CheckProductUseCase checkProduct();

    UploadProductLogUseCase uploadProductLog();

    ListLinkedSubscriptionsUseCase listLinkedSubscriptions();

    GetLinkedSubscriptionUseCase getLinkedSubscription();

    CreateOrUpdateLinkedSubscriptionUseCase createOrUpdateLinkedSubscription();

    UpdateLinkedSubscriptionUseCase updateLinkedSubscription();

    DeleteLinkedSubscriptionUseCase deleteLinkedSubscription();

    GetCloudManifestUseCase getCloudManifest();

    CreateDeploymentLicenseUseCase createDeploymentLicense();
    // mktstack
    ReadPackageFileUseCase readPackageFile();
}
