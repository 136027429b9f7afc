package io.stackbridge.application.port.in.localusage;

import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.Objects;

/**
 * Runs the simulated tenants' workloads for whole hours: their records whose reported time has come
 * (by the stamp's clock) enter the stamp's usage store and the bridge's outbox; the others wait for
 * a later run. Idempotent: simulating the same hours again adds only records reported since.
 */
public interface SimulateWorkloadUseCase {

    /**
     * The {@code hours} whole hours that end at {@code endingAt} (on the hour, UTC), the tenants
     * running {@code scale} times their usual number of application stacks (1: the usual workload).
     */
    record Simulation(Instant endingAt, int hours, int scale) {
        public Simulation {
            Objects.requireNonNull(endingAt, "endingAt");
        }

        /** The usual workload (scale 1). */
        public Simulation(Instant endingAt, int hours) {
            this(endingAt, hours, 1);
        }
    }

    /**
     * The hours simulated, [{@code from}, {@code to}), how many of their records were handed to the
     * store and the outbox, and how many are reported later than now and were left for a later run.
     */
    record Simulated(Instant from, Instant to, int records, int notYetReported) {
    }

    Either<DomainError, Simulated> simulate(Simulation simulation);
}
