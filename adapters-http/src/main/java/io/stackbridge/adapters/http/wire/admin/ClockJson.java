package io.stackbridge.adapters.http.wire.admin;

import java.time.Duration;
import java.time.Instant;

/** The emulated clock as the admin API shows it: its offset from real time, and the emulated time it gives now. */
public record ClockJson(long offsetSeconds, Instant now) {

    /** About ten years either way: the farthest the admin API moves the clock. */
    public static final long MAX_OFFSET_SECONDS = 315_360_000L;

    public static ClockJson of(Duration offset) {
        return new ClockJson(offset.toSeconds(), Instant.now().plus(offset));
    }

    /** What {@code PUT /clock} takes. */
    public record Setting(long offsetSeconds) {
    }

    public Duration offset() {
        return Duration.ofSeconds(offsetSeconds);
    }
}
