package io.stackbridge.application.port.in.admin;

import java.time.Duration;

/** Tells how far the emulated Azure's clock is set from real time. */
public interface ReadClockOffsetUseCase {

    Duration offset();
}
