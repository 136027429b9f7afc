package io.stackbridge.application.port.out;

import java.time.Duration;
import java.util.function.Supplier;

/** The emulated Azure's clock controls: a standing offset, and a shift for the duration of one call. */
public interface ClockControlPort {

    Duration offset();

    void setOffset(Duration offset);

    /** Serves {@code call} with the service's clock moved by {@code shift} (on top of the standing offset). */
    <T> T shifted(Duration shift, Supplier<T> call);
}
