package io.stackbridge.adapters.http.server.races;

import io.stackbridge.adapters.http.server.support.TestEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Sixteen clients released together against one emulator over HTTPS, its fake Azure in memory, for
 * {@link Race#length()} (6 s here; {@code -Dstackbridge.races.seconds=60} for the long run); the
 * race and its invariants are {@link InvariantRace}'s.
 */
class ConcurrencyInvariantsTest {

    @TempDir
    Path directory;
    private TestEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TestEmulator.start(directory);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void sixteen_racing_clients_keep_every_invariant() throws Exception {
        RacedEmulator raced = RacedEmulator.inMemory(emulator);
        new InvariantRace(raced).runAndCheck(raced);
    }
}
