package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ServeWithShiftedClockUseCase;
import io.stackbridge.application.port.out.ClockControlPort;

import java.time.Duration;
import java.util.function.Supplier;

/** Serves a call with the clock shifted. */
public final class ServeWithShiftedClockService implements ServeWithShiftedClockUseCase {

    private final ClockControlPort clock;

    public ServeWithShiftedClockService(ClockControlPort clock) {
        this.clock = clock;
    }

    @Override
    public <T> T serve(Duration shift, Supplier<T> call) {
        return clock.shifted(shift, call);
    }
}
