package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageApiError.InvalidProperty;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.time.temporal.ChronoUnit;

/**
 * Simulates whole hours (at most a year at once) and hands the records to the usage store, then to
 * the outbox. Both ignore keys they already hold, so a repeated or interrupted run is completed,
 * never doubled.
 */
public final class SimulateWorkloadService implements SimulateWorkloadUseCase {

    public static final int MAX_HOURS = 24 * 366;

    private final WorkloadSimulator simulator;
    private final LocalUsageStorePort store;
    private final UsageOutboxPort outbox;

    public SimulateWorkloadService(WorkloadSimulator simulator, LocalUsageStorePort store, UsageOutboxPort outbox) {
        this.simulator = simulator;
        this.store = store;
        this.outbox = outbox;
    }

    @Override
    public Either<DomainError, Simulated> simulate(Simulation simulation) {
        if (!simulation.endingAt().truncatedTo(ChronoUnit.HOURS).equals(simulation.endingAt())) {
            return Either.left(new InvalidProperty("endingAt", simulation.endingAt().toString()));
        }
        if (simulation.hours() < 1 || simulation.hours() > MAX_HOURS) {
            return Either.left(new InvalidProperty("hours", String.valueOf(simulation.hours())));
        }
        List<UsageRecord> records = simulator.hoursEndingAt(simulation.endingAt(), simulation.hours());
        store.append(records);
        outbox.enqueue(records);
        return Either.right(new Simulated(simulation.endingAt().minus(UsageWindow.LENGTH.multipliedBy(simulation.hours())),
                simulation.endingAt(), records.size()));
    }
}
