package io.stackbridge.domain.localusage;

/** The stamp's two usage APIs: the provider's view of its direct tenants, and a tenant's view of itself. */
public enum UsageApi {
    /** {@code Microsoft.Commerce.Admin/subscriberUsageAggregates}. */
    PROVIDER("Microsoft.Commerce.Admin"),
    /** {@code Microsoft.Commerce/usageAggregates}. */
    TENANT("Microsoft.Commerce");

    private final String namespace;

    UsageApi(String namespace) {
        this.namespace = namespace;
    }

    /** The resource provider namespace the API is served under. */
    public String namespace() {
        return namespace;
    }
}
