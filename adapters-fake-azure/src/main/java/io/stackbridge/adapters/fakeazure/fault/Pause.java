package io.stackbridge.adapters.fakeazure.fault;

import java.time.Duration;

/** Waits out a Delay fault; an interrupt ends the wait early and stays visible to the caller. */
public final class Pause {

    private Pause() {
    }

    public static void sleep(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
