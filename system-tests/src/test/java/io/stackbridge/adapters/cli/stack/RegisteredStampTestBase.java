package io.stackbridge.adapters.cli.stack;

import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-up of the bridge's command tests: an emulator started for the test class (and back to its
 * initial world before each test), and a PayAsYouUse stamp registered with it in a fresh data
 * directory, with simulated usage waiting in its outbox.
 */
abstract class RegisteredStampTestBase {

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    StampDirectory stamp;

    /** Hours of simulated usage waiting before each test. */
    int hoursOfUsage() {
        return 3;
    }

    @BeforeEach
    void a_registered_stamp_with_usage_waiting() {
        stamp = StampDirectory.of(data, azure).registered();
        assertThat(stamp.simulated(hoursOfUsage()).exitCode()).isZero();
    }
}
