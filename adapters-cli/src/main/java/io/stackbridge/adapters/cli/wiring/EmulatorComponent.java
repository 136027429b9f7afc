package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.emulator.EmulatorAdmin;
import io.stackbridge.adapters.fakeazure.FakeAzure;
import io.stackbridge.adapters.fakeazure.wiring.AdminUseCases;
import io.stackbridge.adapters.fakeazure.wiring.CloudUseCases;
import io.stackbridge.adapters.http.server.CloudSide;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.domain.registration.AzureEndpoints;
import jakarta.inject.Singleton;

/**
 * One emulator: the HTTPS server over the cloud-side use cases of one fake Azure (taken from the
 * fake as component dependencies), built once per start because its URL and world are known only then.
 */
@Singleton
@Component(dependencies = {CloudUseCases.class, AdminUseCases.class}, modules = EmulatorModule.class)
public interface EmulatorComponent {

    EmulatorServer server();

    /** The use cases the server is built over, for a server that also serves a simulated stamp. */
    CloudSide cloudSide();

    EmulatorAdmin admin();

    IssueAccessTokenUseCase issueAccessToken();

    /** The emulator of {@code config} over {@code fake}, which serves the same endpoints. */
    static EmulatorComponent create(EmulatorConfig config, FakeAzure fake) {
        return create(config, fake.endpoints(), fake.cloud(), fake.admin());
    }

    /** The emulator of {@code config} over any fake Azure's use cases (in memory or kept in a data directory). */
    static EmulatorComponent create(EmulatorConfig config, AzureEndpoints endpoints, CloudUseCases cloud, AdminUseCases admin) {
        return DaggerEmulatorComponent.factory().create(config, endpoints, cloud, admin);
    }

    /** Makes an emulator from its configuration and its fake Azure's use cases. */
    @Component.Factory
    interface Factory {
        EmulatorComponent create(@BindsInstance EmulatorConfig config, @BindsInstance AzureEndpoints endpoints,
                                 CloudUseCases cloud, AdminUseCases admin);
    }
}
