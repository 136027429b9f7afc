package io.stackbridge.application.port.in.admin;

import java.time.Duration;

/** Moves the emulated Azure's clock away from real time (to provoke expiry or clock skew). */
public interface SetClockOffsetUseCase {

    Duration set(Duration offset);
}
