package io.stackbridge.adapters.http.client;

import java.net.URI;
import java.util.Objects;

/**
 * The Resource Manager the registration clients call: its base URL, the api-version of
 * {@code Microsoft.AzureStack} (2022-06-01 or 2017-06-01), the api-version of the
 * {@code Microsoft.Resources} calls (provider registration, resource groups) and the credential.
 */
public record ArmTarget(URI management, String apiVersion, String resourcesApiVersion, ArmCredential credential) {

    public static final String API_VERSION = "2022-06-01";
    public static final String LEGACY_API_VERSION = "2017-06-01";
    public static final String RESOURCES_API_VERSION = "2021-04-01";

    public ArmTarget {
        Objects.requireNonNull(management, "management");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(resourcesApiVersion, "resourcesApiVersion");
        Objects.requireNonNull(credential, "credential");
        String scheme = String.valueOf(management.getScheme());
        if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
            throw new IllegalArgumentException("Resource Manager must be an http(s) URL: " + management);
        }
    }

    /** {@code management} with the current api-versions. */
    public static ArmTarget of(URI management, ArmCredential credential) {
        return new ArmTarget(management, API_VERSION, RESOURCES_API_VERSION, credential);
    }

    public ArmTarget withApiVersion(String version) {
        return new ArmTarget(management, version, resourcesApiVersion, credential);
    }
}
