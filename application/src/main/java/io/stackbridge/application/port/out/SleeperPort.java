package io.stackbridge.application.port.out;

import java.time.Duration;

/** How the bridge waits between retries; tests record the waits instead of sleeping. */
public interface SleeperPort {

    void sleep(Duration duration);
}
