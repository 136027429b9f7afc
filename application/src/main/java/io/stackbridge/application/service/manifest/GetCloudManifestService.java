package io.stackbridge.application.service.manifest;

import io.stackbridge.application.port.in.manifest.GetCloudManifestUseCase;
import io.stackbridge.application.port.out.SigningKeysPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.identity.SigningKey;
import io.stackbridge.domain.manifest.CanonicalJson;
import io.stackbridge.domain.manifest.CloudManifest;
import io.stackbridge.domain.manifest.DeploymentData;
import io.stackbridge.domain.manifest.VerificationVersion;
import io.vavr.control.Either;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the cloud manifest file of a known verification version: the management endpoint reached
 * and key discovery, its verification key as a public JWK, signed (detached) by that key.
 */
public final class GetCloudManifestService implements GetCloudManifestUseCase {

    private final TokenSigningPort signing;
    private final SigningKeysPort keys;

    public GetCloudManifestService(TokenSigningPort signing, SigningKeysPort keys) {
        this.signing = signing;
        this.keys = keys;
    }

    @Override
    public Either<DomainError, CloudManifest> get(String verificationVersion, URI management) {
        return VerificationVersion.parse(VerificationVersion.FIELD, verificationVersion).toEither()
                .<DomainError>mapLeft(unknown -> new ResourceNotFound(ResourceIds.cloudManifestFile(verificationVersion)))
                .map(version -> {
                    DeploymentData data = DeploymentData.of(management, publicJwk(keys.publicKeys().head()));
                    return new CloudManifest(version, data, signing.signDetached(data.signedContent()));
                });
    }

    /** The key as a public JWK text (RFC 7517), members in canonical order. */
    static String publicJwk(SigningKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("kid", key.keyId());
        jwk.put("alg", key.algorithm());
        jwk.put("n", key.modulus());
        jwk.put("e", key.exponent());
        return CanonicalJson.object(jwk);
    }
}
