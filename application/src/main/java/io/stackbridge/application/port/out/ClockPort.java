package io.stackbridge.application.port.out;

import java.time.Instant;

/** The time as the service sees it (the fake's clock can be shifted). */
public interface ClockPort {

    Instant now();
}
