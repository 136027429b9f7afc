package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.StampClockPort;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A stamp clock for tests: real time plus an offset the test moves (a drifted clock, days passing). */
public final class TestStampClock implements StampClockPort {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    /** Moves the stamp's time on by {@code duration}. */
    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }
}
