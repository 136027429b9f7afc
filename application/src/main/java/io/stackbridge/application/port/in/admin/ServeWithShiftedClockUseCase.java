package io.stackbridge.application.port.in.admin;

import java.time.Duration;
import java.util.function.Supplier;

/** Serves one call with the service's clock shifted (the ShiftClock fault effect, over the wire). */
public interface ServeWithShiftedClockUseCase {

    <T> T serve(Duration shift, Supplier<T> call);
}
