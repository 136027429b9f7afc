package io.stackbridge.domain.manifest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a cloud manifest file tells a stamp about the cloud it deploys against, named as in the
 * specification's {@code CloudManifestFileDeploymentData}: the Resource Manager endpoint, where the
 * signing keys are published (the emulator's stand-in for dSMS), the certificates of that service
 * (none: the emulator's keys are published over the same TLS), and the verification public key
 * itself (a public JWK, as the key discovery publishes it).
 */
public record DeploymentData(String externalDsmsCertificates, String customCloudVerificationKey,
                             String customCloudArmEndpoint, String externalDsmsEndpoint) {

    /** Where the emulated Azure publishes its signing keys, below its management address. */
    public static final String KEY_DISCOVERY_PATH = "/_stackbridge/keys";

    public DeploymentData {
        Objects.requireNonNull(externalDsmsCertificates, "externalDsmsCertificates");
        Objects.requireNonNull(customCloudVerificationKey, "customCloudVerificationKey");
        Objects.requireNonNull(customCloudArmEndpoint, "customCloudArmEndpoint");
        Objects.requireNonNull(externalDsmsEndpoint, "externalDsmsEndpoint");
    }

    /** The deployment data of an Azure managed at {@code management}, whose verification key is {@code verificationKey}. */
    public static DeploymentData of(URI management, String verificationKey) {
        String base = management.toString().replaceAll("/+$", "");
        return new DeploymentData("", verificationKey, base + "/", base + KEY_DISCOVERY_PATH);
    }

    /** The data as the JSON object {@code deploymentData} holds, endpoints nested as on the wire. */
    public Map<String, Object> members() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("customCloudArmEndpoint", customCloudArmEndpoint);
        endpoints.put("externalDsmsEndpoint", externalDsmsEndpoint);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("externalDsmsCertificates", externalDsmsCertificates);
        members.put("customCloudVerificationKey", customCloudVerificationKey);
        members.put("customEnvironmentEndpoints", endpoints);
        return members;
    }

    /** The bytes the signature covers: {@link #members()} in {@link CanonicalJson} form, UTF-8. */
    public byte[] signedContent() {
        return CanonicalJson.object(members()).getBytes(StandardCharsets.UTF_8);
    }
}
