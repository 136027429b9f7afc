package io.stackbridge.application.port.in.manifest;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.manifest.DeploymentLicense;
import io.stackbridge.domain.manifest.VerificationVersion;
import io.vavr.control.Either;

import java.net.URI;

/**
 * A temporary license to deploy a device for a subscription (DeploymentLicense_Create), signed by
 * the published key; the subscription must have registered {@code Microsoft.AzureStack}
 * ({@code MissingSubscriptionRegistration}). The chain's first issuer is {@code management}, the
 * Resource Manager address the caller reached. Nothing is stored.
 */
public interface CreateDeploymentLicenseUseCase {

    Either<DomainError, DeploymentLicense> create(SubscriptionId subscription, VerificationVersion version, URI management);
}
