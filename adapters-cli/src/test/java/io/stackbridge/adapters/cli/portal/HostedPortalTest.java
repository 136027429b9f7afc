package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Each test gets an emulator of its own, started in process on a free port, and a client of its portal's API. */
abstract class HostedPortalTest {

    @TempDir
    Path state;

    Emulator emulator;
    PortalClient portal;

    @BeforeEach
    void an_emulator() {
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state))
                .getOrElseThrow(failure -> new AssertionError("the emulator did not start: " + failure));
        portal = new PortalClient(emulator.url(), emulator.caPem());
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }
}
