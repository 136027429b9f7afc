package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp {@code serve} hosts keeps one outbox, bounded to its simulated window, behind every use case. */
class ServedStampOutboxTest {

    @Test
    void the_served_stamps_outbox_drops_what_is_older_than_its_window() {
        SimulatedStamp.Served served = SimulatedStamp.start(Option.some(7L), ServedFakeAzure.inMemory(FakeAzureSettings.defaults()));
        ServedStampComponent stamp = (ServedStampComponent) served.useCases();
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);

        stamp.simulateWorkload().simulate(new Simulation(hour, 4 * SimulatedStamp.HOURS)).get();

        assertThat(stamp.outbox().dropped()).isPositive();
        assertThat(stamp.readBridgeStatus().status().pendingCount()).isEqualTo(stamp.outbox().pendingCount());
        served.stop().run();
    }
}
