package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.identity.RsaTokenSigning;
import io.stackbridge.adapters.fakeazure.journal.OperationJournal;
import io.stackbridge.adapters.support.memory.InMemoryTransactions;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureModule;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.fakeazure.wiring.InMemoryStateModule;
import io.stackbridge.adapters.fakeazure.wiring.InProcessPortsModule;
import io.stackbridge.adapters.fakeazure.world.CurrentWorld;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.registration.AzureEndpoints;
import jakarta.inject.Singleton;

/**
 * One fake Azure in memory: the fake's own parts ({@link FakeAzureModule}), its state in memory (the store
 * module {@link InMemoryStateModule}; {@link DurableAzureComponent} picks SQLite's instead), the cloud side's
 * and the emulator-control use cases as the root lists them, and the stack side's in-process ports to it.
 * The in-memory emulator and the test kit's {@code FakeAzure} are built on it.
 */
@Singleton
@Component(modules = {FakeAzureModule.class, InMemoryStateModule.class, CloudUseCasesModule.class, AdminUseCasesModule.class,
        InProcessPortsModule.class})
public interface FakeAzureComponent extends CloudUseCases, AdminUseCases {

    RegistrationPort registrationPort();

    CustomerSubscriptionPort customerSubscriptionPort();

    TokenPort tokenPort();

    UsagePushPort usagePushPort();

    ActivationKeyVerifierPort activationKeyVerifier();

    ConnectivityProbePort connectivityProbe();

    /** Its controls, as the terminal's {@code azure} commands reach them in process. */
    EmulatorAdminPort emulatorAdminPort();
    MarketplacePort marketplacePort();

    FaultInjector faults();

    OperationJournal journal();

    AdjustableClock clock();

    CurrentWorld world();

    RsaTokenSigning signing();

    JsonRegistrationTokenCodec tokenCodec();

    AzureEndpoints endpoints();

    InMemoryTransactions transactions();

    static FakeAzureComponent create(FakeAzureSettings settings) {
        return DaggerFakeAzureComponent.factory().create(settings);
    }

    /** Makes a fake Azure from its settings. */
    @Component.Factory
    interface Factory {
        FakeAzureComponent create(@BindsInstance FakeAzureSettings settings);
    }
}
