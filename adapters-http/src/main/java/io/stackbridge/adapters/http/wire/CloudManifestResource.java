package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.manifest.CloudManifest;
import io.stackbridge.domain.manifest.DeploymentData;

/**
 * A cloud manifest file as the REST specification's {@code CloudManifestFileResponse} spells it
 * (2017-06-01 and 2022-06-01 alike): a tenant-level resource named by its verification version,
 * with the deployment data and its signature under {@code properties}.
 */
public record CloudManifestResource(String id, String name, String type, Properties properties) {

    /** {@code CloudManifestFileProperties}. */
    public record Properties(DeploymentDataJson deploymentData, String signature) {
    }

    /** {@code CloudManifestFileDeploymentData}. */
    public record DeploymentDataJson(String externalDsmsCertificates, String customCloudVerificationKey,
                                     Endpoints customEnvironmentEndpoints) {
    }

    /** {@code CloudManifestFileEnvironmentEndpoints}. */
    public record Endpoints(String customCloudArmEndpoint, String externalDsmsEndpoint) {
    }

    public static CloudManifestResource from(CloudManifest manifest) {
        String name = manifest.version().value();
        DeploymentData data = manifest.deploymentData();
        return new CloudManifestResource(ResourceIds.cloudManifestFile(name), name, ResourceIds.CLOUD_MANIFEST_FILES_TYPE,
                new Properties(new DeploymentDataJson(data.externalDsmsCertificates(), data.customCloudVerificationKey(),
                        new Endpoints(data.customCloudArmEndpoint(), data.externalDsmsEndpoint())), manifest.signature()));
    }
}
