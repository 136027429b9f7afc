package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ReadClockOffsetUseCase;
import io.stackbridge.application.port.out.ClockControlPort;

import java.time.Duration;

/** Reads the clock offset. */
public final class ReadClockOffsetService implements ReadClockOffsetUseCase {

    private final ClockControlPort clock;

    public ReadClockOffsetService(ClockControlPort clock) {
        this.clock = clock;
    }

    @Override
    public Duration offset() {
        return clock.offset();
    }
}
