package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.SetClockOffsetUseCase;
import io.stackbridge.application.port.out.ClockControlPort;

import java.time.Duration;

/** Sets the clock offset. */
public final class SetClockOffsetService implements SetClockOffsetUseCase {

    private final ClockControlPort clock;

    public SetClockOffsetService(ClockControlPort clock) {
        this.clock = clock;
    }

    @Override
    public Duration set(Duration offset) {
        clock.setOffset(offset);
        return clock.offset();
    }
}
