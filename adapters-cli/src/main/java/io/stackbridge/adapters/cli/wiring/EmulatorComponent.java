package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.emulator.EmulatorAdmin;
import io.stackbridge.adapters.http.server.CloudSide;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.domain.registration.AzureEndpoints;
import jakarta.inject.Singleton;

/**
 * One emulator's use cases over one fake Azure (taken from the fake as component dependencies): the
 * cloud side its HTTPS server is built over, its administrator and the token issuer; built once per
 * start because the fake's URL and world are known only then.
 */
@Singleton
@Component(dependencies = {CloudUseCases.class, AdminUseCases.class}, modules = EmulatorModule.class)
public interface EmulatorComponent {

    /** The use cases the server is built over, for a server that also serves a simulated stamp. */
    CloudSide cloudSide();

    EmulatorAdmin admin();

    IssueAccessTokenUseCase issueAccessToken();

    /** The emulator over any fake Azure's use cases (in memory or kept in a data directory) serving {@code endpoints}. */
    static EmulatorComponent create(AzureEndpoints endpoints, CloudUseCases cloud, AdminUseCases admin) {
        return DaggerEmulatorComponent.factory().create(endpoints, cloud, admin);
    }

    /** Makes an emulator from its fake Azure's endpoints and use cases. */
    @Component.Factory
    interface Factory {
        EmulatorComponent create(@BindsInstance AzureEndpoints endpoints, CloudUseCases cloud, AdminUseCases admin);
    }
}
