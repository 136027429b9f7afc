package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.http.server.localusage.StampUsageQueries;
import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.service.localusage.SimulateWorkloadService;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keeps the served stamp's usage store level with its clock: the first call simulates the
 * {@code firstHours} hours before the current one; each later call simulates again from a little
 * before where the last one ended (as far back as a record may still have been waiting to be
 * reported), so every record whose reported time has come is in the store, once. The usage APIs call
 * it before they answer, so a bucket that has closed is always complete.
 */
final class UsageUpToNow {

    private static final Duration REPORTING_WINDOW = WorkloadSimulator.MAX_REPORTING_LAG.plusHours(1);

    private final SimulateWorkloadUseCase simulator;
    private final StampClockPort clock;
    private final int firstHours;
    private Instant simulatedUntil;

    UsageUpToNow(SimulateWorkloadUseCase simulator, StampClockPort clock, int firstHours) {
        this.simulator = simulator;
        this.clock = clock;
        this.firstHours = firstHours;
    }

    synchronized void catchUp() {
        Instant hour = clock.now().truncatedTo(ChronoUnit.HOURS);
        long hours = simulatedUntil == null ? firstHours : Duration.between(simulatedUntil.minus(REPORTING_WINDOW), hour).toHours();
        Simulation simulation = new Simulation(hour, (int) Math.max(1, Math.min(hours, SimulateWorkloadService.MAX_HOURS)));
        simulator.simulate(simulation)
                .getOrElseThrow(refused -> new IllegalStateException("the stamp's simulation was refused: " + refused));
        simulatedUntil = hour;
    }

    /** The stamp's usage APIs, each answering only once the store has caught up. */
    StampUsageQueries queries(QueryProviderUsageUseCase provider, QueryTenantUsageUseCase tenant) {
        return new StampUsageQueries(query -> {
            catchUp();
            return provider.subscriberUsageAggregates(query);
        }, query -> {
            catchUp();
            return tenant.usageAggregates(query);
        });
    }
}
