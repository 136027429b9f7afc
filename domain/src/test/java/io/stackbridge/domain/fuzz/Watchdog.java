package io.stackbridge.domain.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a fuzz loop on a thread of its own and watches the input it is on: one that runs longer than
 * {@code hung} stops the run (the thread is interrupted and left behind, a daemon) and fails the test naming it.
 */
final class Watchdog {

    private final String parser;
    private final Duration hung;
    private volatile String input = "";
    private volatile long startedAt = System.nanoTime();

    Watchdog(String parser, Duration hung) {
        this.parser = parser;
        this.hung = hung;
    }

    /** Notes that the loop starts on {@code next}; gives it back. */
    String trying(String next) {
        input = next;
        startedAt = System.nanoTime();
        return next;
    }

    void run(Runnable loop) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread daemon = new Thread(task, "fuzz-" + parser);
            daemon.setDaemon(true);
            return daemon;
        });
        Future<?> running = thread.submit(loop);
        try {
            while (true) {
                try {
                    running.get(100, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException stillRunning) {
                    if (System.nanoTime() - startedAt > hung.toNanos()) {
                        String stuck = input;
                        running.cancel(true);
                        fail(parser + " hung (over " + hung.toSeconds() + " s) on " + FuzzRun.shown(stuck)
                                + " (saved as " + FuzzRun.saved(parser, stuck) + ")");
                    }
                }
            }
        } catch (ExecutionException broken) {
            throw broken.getCause() instanceof Error error ? error : new AssertionError(broken.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            fail(parser + ": interrupted");
        } finally {
            thread.shutdownNow();
        }
    }
}
