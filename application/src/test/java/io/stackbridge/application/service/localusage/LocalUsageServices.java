package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;

import java.time.Instant;

/** The local usage service's three use cases over test doubles, a fixed clock and a seeded simulator. */
public final class LocalUsageServices {

    public final ListUsageStore store = new ListUsageStore();
    public final ListOutbox outbox = new ListOutbox();
    public final QueryProviderUsageUseCase provider;
    public final QueryTenantUsageUseCase tenant;
    public final SimulateWorkloadUseCase simulate;

    public LocalUsageServices(LocalDirectory directory, WorkloadSettings workload, Instant now) {
        DirectoryDouble ports = new DirectoryDouble(directory);
        this.provider = new QueryProviderUsageService(ports, store, () -> now);
        this.tenant = new QueryTenantUsageService(store, () -> now);
        this.simulate = new SimulateWorkloadService(new WorkloadSimulator(workload), store, outbox);
    }

    /** The fixtures' hierarchy, {@code stacks} application stacks per tenant, seeded {@code seed}, at the fixtures' clock. */
    public static LocalUsageServices of(long seed, int stacks) {
        LocalDirectory directory = LocalUsageFixtures.directory();
        return new LocalUsageServices(directory, WorkloadSettings.of(seed, directory.tenants()).withStacksPerTenant(stacks),
                LocalUsageFixtures.NOW);
    }
}
