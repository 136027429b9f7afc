package io.stackbridge.adapters.http.server.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** One emulator per test class, on a fresh fake Azure reset before each test. */
public abstract class EmulatorTestBase {

    @TempDir
    protected static Path directory;
    protected static TestEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = TestEmulator.start(directory, config -> config.withPageSize(2));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void resetEmulator() {
        emulator.reset();
    }
}
