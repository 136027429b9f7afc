package io.stackbridge.domain.arm;

import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.stackbridge.domain.registration.RegistrationKey;

/** The ARM resource IDs of the resources StackBridge serves, as ARM writes them. */
public final class ResourceIds {

    public static final String REGISTRATIONS_TYPE = "Microsoft.AzureStack/registrations";
    public static final String CUSTOMER_SUBSCRIPTIONS_TYPE = "Microsoft.AzureStack/registrations/customerSubscriptions";
    public static final String PRODUCTS_TYPE = "Microsoft.AzureStack/registrations/products";
    public static final String LINKED_SUBSCRIPTIONS_TYPE = "Microsoft.AzureStack/linkedSubscriptions";
    public static final String CLOUD_MANIFEST_FILES_TYPE = "Microsoft.AzureStack/cloudManifestFiles";

    private ResourceIds() {
    }

    public static String resourceGroup(SubscriptionId subscription, ResourceGroupName resourceGroup) {
        return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;
    }

    public static String registration(RegistrationKey key) {
        return resourceGroup(key.subscriptionId(), key.resourceGroup()) + "/providers/" + REGISTRATIONS_TYPE + "/" + key.name();
    }

    public static String customerSubscription(RegistrationKey key, String customerSubscriptionId) {
        return registration(key) + "/customerSubscriptions/" + customerSubscriptionId;
    }

    public static String product(RegistrationKey key, String productName) {
        return registration(key) + "/products/" + productName;
    }

    public static String linkedSubscription(LinkedSubscriptionKey key) {
        return resourceGroup(key.subscriptionId(), key.resourceGroup()) + "/providers/" + LINKED_SUBSCRIPTIONS_TYPE + "/" + key.name();
    }

    /** A cloud manifest file: a tenant-level resource, named by its verification version. */
    public static String cloudManifestFile(String verificationVersion) {
        return "/providers/" + CLOUD_MANIFEST_FILES_TYPE + "/" + verificationVersion;
    }
}
