package io.stackbridge.domain.manifest;

import java.util.Objects;

/**
 * A cloud manifest file: the deployment data of the cloud for one verification key version, and
 * the detached signature of that data (see {@link DeploymentData#signedContent()}) by the published key.
 */
public record CloudManifest(VerificationVersion version, DeploymentData deploymentData, String signature) {

    public CloudManifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(deploymentData, "deploymentData");
        Objects.requireNonNull(signature, "signature");
    }
}
