package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.arm.ProviderRegistration;

import java.util.List;

/** A resource provider as ARM shows it: {@code /subscriptions/{sub}/providers/Microsoft.AzureStack}. */
public record ProviderResource(String id, String namespace, String registrationState, List<ResourceType> resourceTypes) {

    public static final List<String> API_VERSIONS = List.of("2022-06-01", "2020-06-01-preview", "2017-06-01");
    /** The one api-version of the specification that has linked subscriptions. */
    public static final List<String> PREVIEW = List.of("2020-06-01-preview");
    /** The one api-version of the specification that has deployment licenses. */
    public static final List<String> LICENSE = List.of("2022-06-01");

    /** One resource type the provider serves, where and in which api-versions. */
    public record ResourceType(String resourceType, List<String> locations, List<String> apiVersions) {
    }

    public static ProviderResource from(ProviderRegistration provider) {
        return new ProviderResource("/subscriptions/" + provider.subscriptionId() + "/providers/" + provider.namespace(),
                provider.namespace(), provider.state().name(), List.of(
                new ResourceType("registrations", List.of("global"), API_VERSIONS),
                new ResourceType("registrations/customerSubscriptions", List.of("global"), API_VERSIONS),
                new ResourceType("registrations/products", List.of("global"), API_VERSIONS),
                new ResourceType("linkedSubscriptions", List.of(), PREVIEW),
                new ResourceType("cloudManifestFiles", List.of(), API_VERSIONS),
                new ResourceType("generateDeploymentLicense", List.of(), LICENSE),
                new ResourceType("operations", List.of(), API_VERSIONS)));
    }
}
