package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import jakarta.inject.Inject;

import java.util.concurrent.CountDownLatch;

/** Holds the emulator up until the process is asked to end with Ctrl-C (SIGINT) or SIGTERM. */
public final class ShutdownSignal implements Lifetime {

    @Inject
    public ShutdownSignal() {
    }

    /**
     * Registers a shutdown hook that runs {@code stop} and then ends the process with
     * {@link ExitCodes#STOPPED}: stopping on request is a normal end, so the JVM's own 130 or 143 for
     * the signal is replaced by halting with that code once the hook is done. Never returns.
     */
    @Override
    public void holdUntilStopped(Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            Runtime.getRuntime().halt(ExitCodes.STOPPED);
        }, "stackbridge-shutdown"));
        CountDownLatch forever = new CountDownLatch(1);
        while (true) {
            try {
                forever.await();
            } catch (InterruptedException ignored) {
                // Only the shutdown hook ends serving.
            }
        }
    }
}
