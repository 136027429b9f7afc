package io.stackbridge.domain.fault;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Every operation the emulated Azure serves, named by its ARM operation ID where the specification
 * has one. Fault rules match on these names and the journal records them.
 */
public enum Operation {
    Providers_Register,
    Providers_Get,
    ResourceGroups_CreateOrUpdate,
    ResourceGroups_Get,
    ResourceGroups_Delete,
    Registrations_CreateOrUpdate,
    Registrations_Get,
    Registrations_List,
    Registrations_ListBySubscription,
    Registrations_Update,
    Registrations_Delete,
    Registrations_GetActivationKey,
    Registrations_EnableRemoteManagement,
    CustomerSubscriptions_Create,
    CustomerSubscriptions_Get,
    CustomerSubscriptions_List,
    CustomerSubscriptions_Delete,
    Products_List,
    Products_Get,
    Products_ListDetails,
    Products_ListProducts,
    Products_GetProducts,
    Products_GetProduct,
    Products_UploadLog,
    LinkedSubscriptions_ListByResourceGroup,
    LinkedSubscriptions_ListBySubscription,
    LinkedSubscriptions_Get,
    LinkedSubscriptions_CreateOrUpdate,
    LinkedSubscriptions_Update,
    LinkedSubscriptions_Delete,
    Operations_List,
    /** The Entra ID token endpoint (client credentials). */
    Token_Issue,
    /** The usage service receiving a batch. */
    Usage_Push,
    /** The subscription directory lookup behind tenant onboarding (the metadata resolver). */
    MetadataResolver_Lookup,
    /** The stamp's provider usage API ({@code Microsoft.Commerce.Admin/subscriberUsageAggregates}). */
    SubscriberUsageAggregates_List,
    /** The stamp's tenant usage API ({@code Microsoft.Commerce/usageAggregates}). */
    UsageAggregates_List,
    /** The cloud manifest file of the latest verification key version. */
    CloudManifestFile_List,
    /** The cloud manifest file of one verification key version. */
    CloudManifestFile_Get,
    /** A temporary license to deploy a device ({@code generateDeploymentLicense}). */
    DeploymentLicense_Create,
    /** Entra ID's discovery documents: OpenID configuration (v2.0 and v1), signing keys, instance discovery. */
    Discovery_Get,
    /** A file of a marketplace product's package, downloaded by the stamp ({@code /marketplace/packages/…}; ours). */
    MarketplacePackages_Download,
    /**
     * A call to the admin namespace ({@code /_stackbridge/…}) refused at its gate (no admin key, a wrong one, another
     * site): the journal keeps its method and path as the resource and the refusal's code as the outcome. No fault
     * rule targets it: the gate is no call of the emulated Azure.
     */
    Admin_Access;

    public static final String FIELD = "operation";

    /** The operations a fault rule may narrow to: every one but the admin gate's refusals. */
    public static List<Operation> faultable() {
        return List.of(values()).remove(Admin_Access);
    }

    /** Reads an operation name in any case. */
    public static Validation<Seq<Violation>, Operation> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, text, Rule.REQUIRED);
        }
        return List.of(values())
                .find(operation -> operation.name().equalsIgnoreCase(text.trim()))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(FIELD, text, Rule.UNKNOWN_VALUE,
                        List.of(values()).map(Enum::name).mkString(", "))));
    }
}
