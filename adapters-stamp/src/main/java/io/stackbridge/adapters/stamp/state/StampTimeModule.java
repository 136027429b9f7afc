package io.stackbridge.adapters.stamp.state;

import dagger.Binds;
import dagger.Provides;
import io.stackbridge.adapters.stamp.bridge.ThreadSleeper;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.application.port.out.StampClockPort;
import jakarta.inject.Singleton;

/**
 * The stamp's time, for in-memory and durable wirings alike: its own clock, on the system's time and
 * skewable, and the bridge's waits between retries, on a real thread sleep.
 */
@dagger.Module
public abstract class StampTimeModule {

    @Binds abstract StampClockPort stampClock(SkewableStampClock clock);

    @Binds abstract SleeperPort sleeper(ThreadSleeper sleeper);

    @Provides @Singleton
    static SkewableStampClock clock() {
        return SkewableStampClock.system();
    }
}
