package io.stackbridge.domain.bridge;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.Stamp;

import java.net.URI;
import java.util.Objects;

/**
 * Where and as whom the bridge reports: the stamp's cloud, its principal (and so the sign-in
 * endpoint), and the usage endpoint and resource its activation key named.
 */
public record BridgeTarget(CloudId cloudId, BridgePrincipal principal, URI usageEndpoint, String usageResourceUri) {

    public BridgeTarget {
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(usageEndpoint, "usageEndpoint");
        Objects.requireNonNull(usageResourceUri, "usageResourceUri");
    }

    public static BridgeTarget of(Stamp stamp, Activation activation) {
        return new BridgeTarget(stamp.cloudId(), stamp.principal(), activation.usageEndpoint(), activation.usageResourceUri());
    }

    /** The client-credentials scope for the usage resource. */
    public String scope() {
        String resource = usageResourceUri.endsWith("/") ? usageResourceUri.substring(0, usageResourceUri.length() - 1) : usageResourceUri;
        return resource + "/.default";
    }

    public URI loginEndpoint() {
        return principal.loginEndpoint();
    }
}
