package io.stackbridge.adapters.http.server.admin.access;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The one set-up of the admin-key tests: a {@link KeyedEmulator} started before the class's tests and stopped after them. */
abstract class KeyedEmulatorTest {

    @TempDir
    static Path state;
    static KeyedEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = new KeyedEmulator(state);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }
}
