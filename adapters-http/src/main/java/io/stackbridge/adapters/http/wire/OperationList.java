package io.stackbridge.adapters.http.wire;

import java.util.List;

/** The operations of {@code Microsoft.AzureStack} ({@code GET /providers/Microsoft.AzureStack/operations}). */
public record OperationList(List<Operation> value, String nextLink) {

    public static final String PROVIDER = "Azure Stack Resource Provider";
    public static final String ORIGIN = "user,system";

    /** One operation and how a portal shows it. */
    public record Operation(String name, Display display, String origin) {
    }

    /** The provider, resource and operation names a portal shows. */
    public record Display(String provider, String resource, String operation, String description) {
    }

    /**
     * Every operation the emulator serves, named as ARM names them, described in StackBridge's words;
     * nothing it does not serve. The four product POSTs other than {@code listDetails}, and
     * {@code generateDeploymentLicense}, are named by ARM's {@code {type}/{action}/action} convention from their paths.
     */
    public static OperationList azureStack() {
        return new OperationList(List.of(
                op("registrations/read", "Registration", "Read a registration", "Reads one registration, or lists them."),
                op("registrations/write", "Registration", "Write a registration", "Creates or changes a registration."),
                op("registrations/delete", "Registration", "Delete a registration", "Removes a registration."),
                op("registrations/getActivationKey/action", "Registration", "Get an activation key",
                        "Hands out the signed key that activates the registered stamp."),
                op("register/action", "Subscription", "Register the provider",
                        "Lets the subscription use the Azure Stack provider."),
                op("registrations/products/read", "Product", "Read a product", "Reads the marketplace items of a registration."),
                op("registrations/products/listDetails/action", "Product", "Read product details",
                        "Reads what a stamp needs to download a marketplace item."),
                op("registrations/products/listProducts/action", "Product", "Check products",
                        "Lists marketplace items with whether each fits the stamp that asks."),
                op("registrations/products/getProducts/action", "Product", "Check products",
                        "Lists marketplace items with whether each fits the stamp that asks."),
                op("registrations/products/getProduct/action", "Product", "Check a product",
                        "Reads one marketplace item with whether it fits the stamp that asks."),
                op("registrations/products/uploadProductLog/action", "Product", "Log a product action",
                        "Records how a stamp's download or removal of a marketplace item went."),
                op("registrations/customerSubscriptions/read", "Customer subscription", "Read a customer subscription",
                        "Reads one tenant's customer subscription, or lists them."),
                op("registrations/customerSubscriptions/write", "Customer subscription", "Write a customer subscription",
                        "Maps a tenant to its customer subscription."),
                op("registrations/customerSubscriptions/delete", "Customer subscription", "Delete a customer subscription",
                        "Removes a tenant's customer subscription."),
                op("linkedSubscriptions/read", "Linked subscription", "Read a linked subscription",
                        "Reads one link between a subscription and a registered device, or lists them."),
                op("linkedSubscriptions/write", "Linked subscription", "Write a linked subscription",
                        "Links a subscription to the device of a registration, or changes the link."),
                op("linkedSubscriptions/delete", "Linked subscription", "Delete a linked subscription",
                        "Removes a link between a subscription and a registered device."),
                op("cloudManifestFiles/read", "Cloud manifest file", "Read a cloud manifest file",
                        "Reads the signed deployment data of the cloud, for a verification key version."),
                op("generateDeploymentLicense/action", "Deployment license", "Generate a deployment license",
                        "Hands out a signed temporary license to deploy a device before it can reach Azure."),
                op("Operations/read", "Operation", "List operations", "Lists what this provider can do.")), null);
    }

    private static Operation op(String name, String resource, String operation, String description) {
        return new Operation("Microsoft.AzureStack/" + name, new Display(PROVIDER, resource, operation, description), ORIGIN);
    }
}
