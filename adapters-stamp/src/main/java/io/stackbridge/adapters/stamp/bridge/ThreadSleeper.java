package io.stackbridge.adapters.stamp.bridge;

import io.stackbridge.application.port.out.SleeperPort;
import jakarta.inject.Inject;

import java.time.Duration;

/** Waits for real between the bridge's retries; an interrupted wait ends early and keeps the interrupt. */
public final class ThreadSleeper implements SleeperPort {

    @Inject
    public ThreadSleeper() {
    }

    @Override
    public void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
