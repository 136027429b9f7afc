package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageApiError.InvalidProperty;
import io.stackbridge.domain.localusage.Granularity;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.time.Instant;

/**
 * Simulates whole hours (at most a year at once) and hands the records already reported by the
 * stamp's clock to the usage store and to the outbox, as one unit of work: a run that fails half-way
 * leaves neither holding records the other lacks. Both ignore keys they already hold, so a repeated
 * run is never doubled, and a later run adds what was reported since.
 */
public final class SimulateWorkloadService implements SimulateWorkloadUseCase {

    public static final int MAX_HOURS = 24 * 366;

    private final WorkloadSimulator simulator;
    private final LocalUsageStorePort store;
    private final UsageOutboxPort outbox;
    private final StampClockPort clock;
    private final TransactionPort transactions;

    public SimulateWorkloadService(WorkloadSimulator simulator, LocalUsageStorePort store, UsageOutboxPort outbox,
                                   StampClockPort clock, TransactionPort transactions) {
        this.simulator = simulator;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, Simulated> simulate(Simulation simulation) {
        if (!Granularity.HOURLY.isBoundary(simulation.endingAt())) {
            return Either.left(new InvalidProperty("endingAt", simulation.endingAt().toString()));
        }
        if (simulation.hours() < 1 || simulation.hours() > MAX_HOURS) {
            return Either.left(new InvalidProperty("hours", String.valueOf(simulation.hours())));
        }
        Instant now = clock.now();
        List<UsageRecord> all = simulator.hoursEndingAt(simulation.endingAt(), simulation.hours());
        List<UsageRecord> reported = all.filter(record -> !record.reportedAt().isAfter(now));
        transactions.atomically(() -> {
            store.append(reported);
            outbox.enqueue(reported);
            return null;
        });
        return Either.right(new Simulated(simulation.endingAt().minus(UsageWindow.LENGTH.multipliedBy(simulation.hours())),
                simulation.endingAt(), reported.size(), all.size() - reported.size()));
    }
}
