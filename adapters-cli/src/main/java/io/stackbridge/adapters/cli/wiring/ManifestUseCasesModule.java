package io.stackbridge.adapters.cli.wiring;

import dagger.Module;
import dagger.Provides;
import io.stackbridge.application.port.in.manifest.CreateDeploymentLicenseUseCase;
import io.stackbridge.application.port.in.manifest.GetCloudManifestUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.SigningKeysPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.application.service.manifest.CreateDeploymentLicenseService;
import io.stackbridge.application.service.manifest.GetCloudManifestService;
import jakarta.inject.Singleton;

/** What a device needs to deploy against the cloud: cloud manifest files and temporary deployment licenses, signed by the published key. */
@Module
public final class ManifestUseCasesModule {

    private ManifestUseCasesModule() {
    }

    @Provides @Singleton
    static GetCloudManifestUseCase getCloudManifest(TokenSigningPort signing, SigningKeysPort keys) {
        return new GetCloudManifestService(signing, keys);
    }

    @Provides @Singleton
    static CreateDeploymentLicenseUseCase createDeploymentLicense(ProviderRegistrationPort providers, TokenSigningPort signing,
                                                                  ClockPort clock) {
        return new CreateDeploymentLicenseService(providers, signing, clock);
    }
}
