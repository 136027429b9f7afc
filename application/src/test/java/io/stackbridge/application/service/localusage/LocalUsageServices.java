package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.domain.localusage.LocalDirectory;
import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The local usage service's three use cases over test doubles, a fixed clock, units of work run at once and a seeded simulator. */
public final class LocalUsageServices {

    public final ListUsageStore store = new ListUsageStore();
    public final ListOutbox outbox = new ListOutbox();
    public final UnitsOfWork units = new UnitsOfWork();
    public final QueryProviderUsageUseCase provider;
    public final QueryTenantUsageUseCase tenant;
    public final SimulateWorkloadUseCase simulate;
    private final AtomicReference<Instant> now;

    public LocalUsageServices(LocalDirectory directory, WorkloadSettings workload, Instant now) {
        DirectoryDouble ports = new DirectoryDouble(directory);
        this.now = new AtomicReference<>(now);
        this.provider = new QueryProviderUsageService(ports, store, this.now::get);
        this.tenant = new QueryTenantUsageService(store, this.now::get);
        this.simulate = new SimulateWorkloadService(new WorkloadSimulator(workload), store, outbox, this.now::get, units);
    }

    /** The stamp's clock of every service. */
    public Instant now() {
        return now.get();
    }

    /** Moves the stamp's clock of every service to {@code time}. */
    public void at(Instant time) {
        now.set(time);
    }

    /** The fixtures' hierarchy, {@code stacks} application stacks per tenant, seeded {@code seed}, at the fixtures' clock. */
    public static LocalUsageServices of(long seed, int stacks) {
        LocalDirectory directory = LocalUsageFixtures.directory();
        return new LocalUsageServices(directory, WorkloadSettings.of(seed, directory.tenants()).withStacksPerTenant(stacks),
                LocalUsageFixtures.NOW);
    }
}
