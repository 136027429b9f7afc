package io.stackbridge.application.port.in.localusage;

import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.Objects;

/**
 * Runs the simulated tenants' workloads for whole hours: their records enter the stamp's usage
 * store and the bridge's outbox. Idempotent: simulating the same hours again adds nothing.
 */
public interface SimulateWorkloadUseCase {

    /** The {@code hours} whole hours that end at {@code endingAt} (on the hour, UTC). */
    record Simulation(Instant endingAt, int hours) {
        public Simulation {
            Objects.requireNonNull(endingAt, "endingAt");
        }
    }

    /** The hours simulated, [{@code from}, {@code to}), and how many records they gave. */
    record Simulated(Instant from, Instant to, int records) {
    }

    Either<DomainError, Simulated> simulate(Simulation simulation);
}
