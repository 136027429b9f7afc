package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.port.out.StampClockPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stamp's own clock: a base clock plus an offset, as a stamp whose time source drifted (or a
 * test that moves the stamp days ahead) would show it. Independent of the service's clock.
 */
public final class SkewableStampClock implements StampClockPort {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SkewableStampClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** A stamp clock on the system's UTC time, not skewed. */
    public static SkewableStampClock system() {
        return new SkewableStampClock(Clock.systemUTC());
    }

    @Override
    public Instant now() {
        return base.instant().plus(offset.get());
    }

    public Duration offset() {
        return offset.get();
    }

    /** Sets how far the stamp's time is from the base clock (positive: ahead). */
    public void skew(Duration newOffset) {
        offset.set(Objects.requireNonNull(newOffset, "newOffset"));
    }

    /** Moves the stamp's time on by {@code duration}, on top of any skew. */
    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }
}
