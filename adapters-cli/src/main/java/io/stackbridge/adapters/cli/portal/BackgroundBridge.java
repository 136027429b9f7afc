package io.stackbridge.adapters.cli.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The bridge of the stamp the portal shows, run on a thread of its own: now when asked, every period
 * when told to, never twice at once. Whoever asks is never made to wait for a run: a run asked for
 * while one is in progress is that run.
 */
final class BackgroundBridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundBridge.class);

    private final ReentrantLock runs = new ReentrantLock();
    private final AtomicBoolean asked = new AtomicBoolean();
    private final ScheduledExecutorService thread;
    private final Runnable run;

    /** {@code run} is one bridge run; what it fails with is logged, and the next run comes all the same. */
    BackgroundBridge(Runnable run) {
        this.run = run;
        this.thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread named = new Thread(work, "stackbridge-portal-bridge");
            named.setDaemon(true);
            return named;
        });
    }

    /** Whether a run is in progress or asked for. */
    boolean running() {
        return asked.get() || runs.isLocked();
    }

    /** Starts one run now on the bridge's thread, unless one is in progress or already asked for. */
    void runNow() {
        if (asked.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    try {
                        runUnlessRunning();
                    } finally {
                        asked.set(false);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                asked.set(false);
            }
        }
    }

    /** Runs every {@code period} (the first after one period) while {@code when} says so, as a real bridge does by itself. */
    void every(Duration period, BooleanSupplier when) {
        thread.scheduleWithFixedDelay(() -> {
            try {
                if (when.getAsBoolean()) {
                    runUnlessRunning();
                }
            } catch (RuntimeException failed) {
                LOG.warn("the portal's bridge could not tell whether to run: {}", failed.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Does {@code work} (a run of the caller's own) once no other run is in progress, none starting meanwhile. */
    <T> T exclusively(Supplier<T> work) {
        runs.lock();
        try {
            return work.get();
        } finally {
            runs.unlock();
        }
    }

    private void runUnlessRunning() {
        if (!runs.tryLock()) {
            return;
        }
        try {
            run.run();
        } catch (RuntimeException failed) {
            LOG.warn("the portal's bridge run failed: {}", failed.toString());
        } finally {
            runs.unlock();
        }
    }

    /** Stops the bridge's thread; a run in progress is interrupted. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
