package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.http.server.localusage.StampSide;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.vavr.control.Option;

import java.time.temporal.ChronoUnit;

/**
 * The stamp an emulator serves beside Azure: its usage APIs answer at once because, at start, it
 * simulates the {@value #HOURS} hours ending at the last complete hour of the stamp's clock, seeded
 * by {@code --seed} (or {@value #DEFAULT_SEED}).
 */
final class SimulatedStamp {

    static final int HOURS = 48;
    static final long DEFAULT_SEED = 20261121L;

    private SimulatedStamp() {
    }

    static StampSide start(Option<Long> seed) {
        StampUsageComponent stamp = StampUsageComponent.create(seed.getOrElse(DEFAULT_SEED));
        Simulation recent = new Simulation(stamp.stampClock().now().truncatedTo(ChronoUnit.HOURS), HOURS);
        stamp.simulateWorkload().simulate(recent)
                .getOrElseThrow(refused -> new IllegalStateException("the start-up simulation was refused: " + refused));
        return new StampSide(stamp.queryProviderUsage(), stamp.queryTenantUsage());
    }
}
