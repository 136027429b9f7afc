package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.emulator.EmulatorAdmin;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.domain.registration.AzureEndpoints;
import jakarta.inject.Singleton;

/**
 * One emulator's use cases over one fake Azure (taken from the fake as component dependencies): its
 * HTTPS server, its administrator and the token issuer; built once per start because the fake's URL
 * and world, and the server's configuration, are known only then.
 */
@Singleton
@Component(dependencies = {CloudUseCases.class, AdminUseCases.class}, modules = EmulatorModule.class)
public interface EmulatorComponent {

    /** The HTTPS server over these use cases, configured by {@code config}; not started. */
    EmulatorServer server();

    EmulatorAdmin admin();

    IssueAccessTokenUseCase issueAccessToken();

    /** The emulator over any fake Azure's use cases (in memory or kept in a data directory) serving {@code endpoints}. */
    static EmulatorComponent create(EmulatorConfig config, AzureEndpoints endpoints, CloudUseCases cloud, AdminUseCases admin) {
        return DaggerEmulatorComponent.factory().create(config, endpoints, cloud, admin);
    }

    /** Makes an emulator from its fake Azure's endpoints and use cases. */
    @Component.Factory
    interface Factory {
        EmulatorComponent create(@BindsInstance EmulatorConfig config, @BindsInstance AzureEndpoints endpoints, CloudUseCases cloud,
                                 AdminUseCases admin);
    }
}
