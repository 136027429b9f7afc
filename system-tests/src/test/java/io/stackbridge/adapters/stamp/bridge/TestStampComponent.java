package io.stackbridge.adapters.stamp.bridge;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.wiring.StackUseCasesModule;
import io.stackbridge.adapters.stamp.state.InMemoryStampStateModule;
import io.stackbridge.adapters.stamp.state.SkewableStampClock;
import io.stackbridge.application.port.in.bridge.ReadBridgeStatusUseCase;
import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.application.port.in.stamp.ApplyActivationKeyUseCase;
import io.stackbridge.application.port.in.stamp.ChooseBillingUseCase;
import io.stackbridge.application.port.in.stamp.ReadRegionPropertiesUseCase;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.stamp.Stamp;
import jakarta.inject.Singleton;

/** The stack side as the CLI wires it in memory, with a stub Azure: proves the stack's use cases and the in-memory state modules are complete. */
@Singleton
@Component(modules = {StackUseCasesModule.class, InMemoryStampStateModule.class, StubAzureModule.class})
interface TestStampComponent {

    ApplyActivationKeyUseCase apply();

    ChooseBillingUseCase chooseBilling();

    ReadRegionPropertiesUseCase properties();

    RunBridgeUseCase bridge();

    ReadBridgeStatusUseCase status();

    UsageOutboxPort outbox();

    SkewableStampClock clock();

    StubAzure azure();

    static TestStampComponent create(Stamp stamp, BridgeSettings settings) {
        return DaggerTestStampComponent.factory().create(stamp, settings);
    }

    /** Starts the stack side of {@code stamp}. */
    @Component.Factory
    interface Factory {
        TestStampComponent create(@BindsInstance Stamp stamp, @BindsInstance BridgeSettings settings);
    }
}
