package io.stackbridge.adapters.http.server.races;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same race ({@link InvariantRace}) against the emulator as {@code serve --data-dir} runs it, its
 * registrations, tenants and ledger in SQLite; then the emulator is stopped and started again on that
 * data directory, and what it accepted during the race is all still there: the same tags, tenants,
 * batches and ledger totals.
 */
class DurableConcurrencyInvariantsTest {

    @TempDir
    Path directory;
    private DurableEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void sixteen_racing_clients_keep_every_invariant_over_a_data_directory_and_across_a_restart() throws Exception {
        emulator = DurableEmulator.start(directory);
        InvariantRace race = new InvariantRace(emulator);
        race.runAndCheck(emulator);
        java.util.List<String> tenants = race.tenants(emulator);

        emulator = emulator.restarted();

        race.assertKeptBy(emulator);
        assertThat(race.tenants(emulator)).as("tenants after the restart").isEqualTo(tenants);
    }
}
