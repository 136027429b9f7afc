package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.EmulatorConfig;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Holds requests (Slow faults, delays) for a while, and lets them all go at once when the server stops. */
public final class HeldRequests {

    private final Duration slowFor;
    private final CountDownLatch stopping = new CountDownLatch(1);

    @Inject
    public HeldRequests(EmulatorConfig config) {
        this.slowFor = config.hangDuration();
    }

    /** Waits out a Slow fault's hang duration (or until the server stops). */
    public void slow() {
        pause(slowFor);
    }

    /** Waits {@code delay} (or until the server stops); an interrupt ends the wait and stays visible. */
    public void pause(Duration delay) {
        try {
            stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Releases every held request. */
    public void release() {
        stopping.countDown();
    }
}
