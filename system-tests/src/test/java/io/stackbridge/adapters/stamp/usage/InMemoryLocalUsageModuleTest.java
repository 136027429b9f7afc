package io.stackbridge.adapters.stamp.usage;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.wiring.StackUseCasesModule;
import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.application.service.localusage.ListOutbox;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageQueryText;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryLocalUsageModuleTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    /** A component as a composition root would write it: the modules, a clock, an outbox and a seed. */
    @Singleton
    @Component(modules = {InMemoryLocalUsageModule.class, StackUseCasesModule.class})
    interface TestStamp {
        QueryProviderUsageUseCase provider();

        SimulateWorkloadUseCase simulate();

        LocalUsageStorePort store();

        @Component.Factory
        interface Factory {
            TestStamp create(@BindsInstance StampClockPort clock, @BindsInstance UsageOutboxPort outbox, @BindsInstance @WorkloadSeed long seed);
        }
    }

    @Test
    void the_modules_wire_one_store_shared_by_the_simulator_and_the_provider_api() {
        ListOutbox outbox = new ListOutbox();
        TestStamp stamp = DaggerInMemoryLocalUsageModuleTest_TestStamp.factory().create(() -> NOW, outbox, 42L);

        int records = stamp.simulate().simulate(new Simulation(Instant.parse("2026-11-20T15:00:00Z"), 24)).get().records();
        AggregatePage page = stamp.provider().subscriberUsageAggregates(UsageQueryText.of(DefaultLocalDirectory.PROVIDER.value(),
                "2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z")).get();

        assertThat(stamp.store()).isSameAs(stamp.store());
        assertThat(outbox.pendingCount()).isEqualTo(records);
        assertThat(page.aggregates()).isNotEmpty();
        assertThat(page.aggregates().map(aggregate -> aggregate.subscriptionId()).distinct())
                .containsExactlyInAnyOrder(DefaultLocalDirectory.CONTOSO, DefaultLocalDirectory.FABRIKAM, DefaultLocalDirectory.RESELLER);
    }
}
