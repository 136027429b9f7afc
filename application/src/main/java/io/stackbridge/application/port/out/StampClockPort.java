package io.stackbridge.application.port.out;

import java.time.Instant;

/**
 * The time as the stamp sees it: its own clock, which can drift away from the service's
 * ({@link ClockPort}); the bridge sends it as {@code x-ms-date}.
 */
public interface StampClockPort {

    Instant now();
}
