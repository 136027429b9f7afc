package io.stackbridge.adapters.http.server.localusage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** One emulator serving a simulated stamp per test class. */
abstract class StampEmulatorTestBase {

    @TempDir
    static Path directory;
    static StampEmulator emulator;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = new StampEmulator(directory);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }
}
