package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;

/**
 * The HTTP method each journaled operation is served with (the journal keeps the operation, not the
 * method). The subscription directory's lookup is no HTTP call: it has none; a refusal at the admin gate
 * keeps its method in its resource. A test holds this table
 * to the emulator's route list.
 */
public final class JournalMethods {

    private JournalMethods() {
    }

    public static Option<String> of(Operation operation) {
        return switch (operation) {
            case MetadataResolver_Lookup, Admin_Access -> Option.none();
            case Providers_Register, Registrations_GetActivationKey, Registrations_EnableRemoteManagement, Products_ListDetails,
                 Products_ListProducts, Products_GetProducts, Products_GetProduct, Products_UploadLog, Token_Issue,
                 DeploymentLicense_Create -> Option.some("POST");
            case ResourceGroups_CreateOrUpdate, Registrations_CreateOrUpdate, CustomerSubscriptions_Create,
                 LinkedSubscriptions_CreateOrUpdate, Usage_Push -> Option.some("PUT");
            case Registrations_Update, LinkedSubscriptions_Update -> Option.some("PATCH");
            case ResourceGroups_Delete, Registrations_Delete, CustomerSubscriptions_Delete, LinkedSubscriptions_Delete -> Option.some("DELETE");
            case Providers_Get, ResourceGroups_Get, Registrations_Get, Registrations_List, Registrations_ListBySubscription,
                 CustomerSubscriptions_Get, CustomerSubscriptions_List, Products_List, Products_Get,
                 LinkedSubscriptions_ListByResourceGroup, LinkedSubscriptions_ListBySubscription, LinkedSubscriptions_Get,
                 Operations_List, SubscriberUsageAggregates_List, UsageAggregates_List, CloudManifestFile_List, CloudManifestFile_Get,
                 Discovery_Get, MarketplacePackages_Download -> Option.some("GET");
        };
    }
}
