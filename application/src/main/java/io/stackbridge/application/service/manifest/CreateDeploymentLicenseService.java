package io.stackbridge.application.service.manifest;

import io.stackbridge.application.port.in.manifest.CreateDeploymentLicenseUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.manifest.DeploymentLicense;
import io.stackbridge.domain.manifest.LicenseItem;
import io.stackbridge.domain.manifest.VerificationVersion;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.net.URI;

/** Issues a temporary license chain for a subscription that registered the provider, signed (detached) by the published key. */
public final class CreateDeploymentLicenseService implements CreateDeploymentLicenseUseCase {

    private final ProviderRegistrationPort providers;
    private final TokenSigningPort signing;
    private final ClockPort clock;

    public CreateDeploymentLicenseService(ProviderRegistrationPort providers, TokenSigningPort signing, ClockPort clock) {
        this.providers = providers;
        this.signing = signing;
        this.clock = clock;
    }

    @Override
    public Either<DomainError, DeploymentLicense> create(SubscriptionId subscription, VerificationVersion version, URI management) {
        return ArmChecks.providerRegistered(providers, subscription).map(registered -> {
            List<String> chain = DeploymentLicense.chain(management.toString(), subscription.value(), version.resolved(),
                    clock.now()).map(LicenseItem::encoded);
            return new DeploymentLicense(chain, signing.signDetached(DeploymentLicense.signedContent(chain)));
        });
    }
}
