package io.stackbridge.domain.registration;

import io.vavr.collection.List;

import java.net.URI;
import java.util.Objects;

/**
 * Where an Azure (real or emulated) serves sign-in, resource management and usage, and the
 * resource URI the bridge asks tokens for. Activation keys carry the usage endpoint and resource.
 */
public record AzureEndpoints(URI login, URI management, URI usage, String usageResourceUri) {

    /** The endpoints of the in-process fake, which no network ever sees. */
    public static final AzureEndpoints IN_PROCESS = new AzureEndpoints(
            URI.create("https://login.stackbridge.invalid"),
            URI.create("https://management.stackbridge.invalid"),
            URI.create("https://usage.stackbridge.invalid"),
            "https://usage.microsoftazurestack.com");

    public AzureEndpoints {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(management, "management");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(usageResourceUri, "usageResourceUri");
    }

    /** Resource Manager's public audiences, and this Azure's own management address: what ARM tokens are for. */
    public List<String> managementAudiences() {
        return List.of("https://management.azure.com", "https://management.core.windows.net", management.toString());
    }

    /** All three services at one base address, as the emulator serves them. */
    public static AzureEndpoints at(URI base) {
        return new AzureEndpoints(base, base, base, IN_PROCESS.usageResourceUri());
    }
}
