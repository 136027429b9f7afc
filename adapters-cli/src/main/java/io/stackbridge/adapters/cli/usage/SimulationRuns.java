package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.console.Progress;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulated;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;

/**
 * A simulation run in one go, or, while a progress bar is drawn, a day at a time, oldest first, the
 * bar moving by the hours done. An hour gives the same records whatever range it is simulated in, so
 * both ways hand over the same records; each part is one unit of work of its own.
 */
final class SimulationRuns {

    /** The hours of one part while the progress is drawn. */
    static final int HOURS_PER_PART = 24;

    private SimulationRuns() {
    }

    static Either<DomainError, Simulated> run(SimulateWorkloadUseCase simulator, Simulation simulation, Progress progress) {
        if (!progress.drawn()) {
            return simulator.simulate(simulation);
        }
        Instant from = simulation.endingAt().minus(Duration.ofHours(simulation.hours()));
        Simulated total = new Simulated(from, simulation.endingAt(), 0, 0);
        for (int done = 0; done < simulation.hours(); done += HOURS_PER_PART) {
            int hours = Math.min(HOURS_PER_PART, simulation.hours() - done);
            Instant end = from.plus(Duration.ofHours(done + (long) hours));
            Either<DomainError, Simulated> part = simulator.simulate(new Simulation(end, hours, simulation.scale()));
            if (part.isLeft()) {
                return part;
            }
            total = new Simulated(from, simulation.endingAt(), total.records() + part.get().records(),
                    total.notYetReported() + part.get().notYetReported());
            progress.advance(hours);
        }
        return Either.right(total);
    }
}
