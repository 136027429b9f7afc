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
import io.vavr.collection.Array;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.ArrayList;

/**
 * Simulates whole hours (at most a year at once) and hands the records already reported by the
 * stamp's clock to the usage store and to the outbox, as one unit of work: a run that fails half-way
 * leaves neither holding records the other lacks. Both ignore keys they already hold, so a repeated
 * run is never doubled, and a later run adds what was reported since. The records are made and
 * handed over {@link #CHUNK} at a time, so a run of millions needs no more memory than a chunk.
 */
public final class SimulateWorkloadService implements SimulateWorkloadUseCase {

    public static final int MAX_HOURS = 24 * 366;
    public static final int MAX_SCALE = WorkloadSimulator.MAX_SCALE;

    /** How many records the store and the outbox receive at a time, inside the one unit of work. */
    static final int CHUNK = 4096;

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
        if (simulation.scale() < 1 || simulation.scale() > MAX_SCALE) {
            return Either.left(new InvalidProperty("scale", String.valueOf(simulation.scale())));
        }
        Instant now = clock.now();
        Handed handed = transactions.atomically(() -> handOver(simulation, now));
        return Either.right(new Simulated(simulation.endingAt().minus(UsageWindow.LENGTH.multipliedBy(simulation.hours())),
                simulation.endingAt(), handed.reported(), handed.later()));
    }

    /** Hands the reported records over chunk by chunk; how many were handed over and how many are not reported yet. */
    private Handed handOver(Simulation simulation, Instant now) {
        int reported = 0;
        int later = 0;
        ArrayList<UsageRecord> chunk = new ArrayList<>(CHUNK);
        for (UsageRecord record : simulator.scaledBy(simulation.scale()).recordsEndingAt(simulation.endingAt(), simulation.hours())) {
            if (record.reportedAt().isAfter(now)) {
                later++;
                continue;
            }
            reported++;
            chunk.add(record);
            if (chunk.size() == CHUNK) {
                deliver(chunk);
            }
        }
        deliver(chunk);
        return new Handed(reported, later);
    }

    /** How many records went to the store and the outbox, and how many are reported later than now. */
    private record Handed(int reported, int later) {
    }

    private void deliver(ArrayList<UsageRecord> chunk) {
        if (!chunk.isEmpty()) {
            Array<UsageRecord> records = Array.ofAll(chunk);
            store.append(records);
            outbox.enqueue(records);
            chunk.clear();
        }
    }
}
