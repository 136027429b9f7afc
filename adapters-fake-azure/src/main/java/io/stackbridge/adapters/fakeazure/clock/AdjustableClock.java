package io.stackbridge.adapters.fakeazure.clock;

import io.stackbridge.application.port.out.ClockControlPort;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.ClockPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The fake Azure's time: a base clock, plus an offset an administrator sets, plus an offset that
 * applies only to the calls made inside {@link #shifted} on the current thread (a ShiftClock fault).
 */
@Singleton
public final class AdjustableClock implements ClockPort, Resettable, ClockControlPort {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ThreadLocal<Duration> scoped = ThreadLocal.withInitial(() -> Duration.ZERO);

    @Inject
    public AdjustableClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** A clock on the system's UTC time. */
    public static AdjustableClock system() {
        return new AdjustableClock(Clock.systemUTC());
    }

    @Override
    public Instant now() {
        return base.instant().plus(offset.get()).plus(scoped.get());
    }

    /** The administrator's offset, in force for every call until changed or reset. */
    public Duration offset() {
        return offset.get();
    }

    public void setOffset(Duration newOffset) {
        offset.set(Objects.requireNonNull(newOffset, "newOffset"));
    }

    /** Runs {@code work} with this thread's time moved by {@code shift} (shifts nest and add up). */
    public <T> T shifted(Duration shift, Supplier<T> work) {
        Objects.requireNonNull(shift, "shift");
        Duration before = scoped.get();
        scoped.set(before.plus(shift));
        try {
            return work.get();
        } finally {
            scoped.set(before);
        }
    }

    @Override
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
