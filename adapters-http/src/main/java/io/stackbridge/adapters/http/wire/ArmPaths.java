package io.stackbridge.adapters.http.wire;

/**
 * The Resource Manager path templates of the registration flow, written once: the server routes
 * them (matching without regard to case), the client fills them in. Each {@code {name}} stands
 * for one path segment; the casing is the one clients send.
 */
public final class ArmPaths {

    public static final String SUBSCRIPTION = "/subscriptions/{sub}";
    public static final String PROVIDER = "/providers/Microsoft.AzureStack";
    public static final String PROVIDER_REGISTRATION = SUBSCRIPTION + PROVIDER + "/register";
    public static final String RESOURCE_GROUP = SUBSCRIPTION + "/resourcegroups/{rg}";
    public static final String REGISTRATIONS = SUBSCRIPTION + "/resourceGroups/{rg}" + PROVIDER + "/registrations";
    public static final String REGISTRATION = REGISTRATIONS + "/{name}";
    public static final String CUSTOMER_SUBSCRIPTIONS = REGISTRATION + "/customerSubscriptions";
    public static final String CUSTOMER_SUBSCRIPTION = CUSTOMER_SUBSCRIPTIONS + "/{customer}";
    public static final String PRODUCTS = REGISTRATION + "/products";
    public static final String PRODUCT = PRODUCTS + "/{product}";
    public static final String LINKED_SUBSCRIPTIONS = SUBSCRIPTION + "/resourceGroups/{rg}" + PROVIDER + "/linkedSubscriptions";
    public static final String LINKED_SUBSCRIPTION = LINKED_SUBSCRIPTIONS + "/{linked}";
    /** Every registration of a subscription, whatever its resource group (Registrations_ListBySubscription). */
    public static final String SUBSCRIPTION_REGISTRATIONS = SUBSCRIPTION + PROVIDER + "/registrations";

    private ArmPaths() {
    }
}
