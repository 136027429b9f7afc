package io.stackbridge.adapters.stamp.state;

import dagger.Binds;
import dagger.Provides;
import io.stackbridge.application.port.out.StampClockPort;
import jakarta.inject.Singleton;

/** The stamp's own clock, on the system's time and skewable, for in-memory and durable wirings alike. */
@dagger.Module
public abstract class StampClockModule {

    @Binds abstract StampClockPort stampClock(SkewableStampClock clock);

    @Provides @Singleton
    static SkewableStampClock clock() {
        return SkewableStampClock.system();
    }
}
