package io.stackbridge.application.port.in.manifest;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.manifest.DeploymentLicense;
import io.stackbridge.domain.manifest.VerificationVersion;
import io.vavr.control.Either;

/**
 * A temporary license to deploy a device for a subscription (DeploymentLicense_Create), signed by
 * the published key; the subscription must have registered {@code Microsoft.AzureStack}
 * ({@code MissingSubscriptionRegistration}). Nothing is stored.
 */
public interface CreateDeploymentLicenseUseCase {

    Either<DomainError, DeploymentLicense> create(SubscriptionId subscription, VerificationVersion version);
}
