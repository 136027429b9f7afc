package io.stackbridge.application.port.in.manifest;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.manifest.CloudManifest;
import io.vavr.control.Either;

import java.net.URI;

/**
 * The cloud manifest file of a verification key version (CloudManifestFile_Get; CloudManifestFile_List
 * asks for {@code latest}): the deployment data and its signature by the published key.
 * {@code ResourceNotFound} for a version the cloud does not have. {@code management} is the Resource
 * Manager address the caller reached, which the deployment data names (and the signature covers).
 */
public interface GetCloudManifestUseCase {

    Either<DomainError, CloudManifest> get(String verificationVersion, URI management);
}
