package io.stackbridge.adapters.cli.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The bridge of the stamp the portal shows, run on a thread of its own: now when asked, every period
 * when told to, never twice at once. Whoever asks is never made to wait for a run: a run asked for while
 * one is in progress (or while a lab has the bridge) comes once right after it, however many times it
 * was asked meanwhile. A lab that needs the bridge takes it over: the run in progress is interrupted
 * and the lab waits at most {@link #TAKE_OVER} for it to stop.
 */
final class BackgroundBridge implements AutoCloseable {

    /** How long a lab waits for an interrupted run to let go of the bridge. */
    static final Duration TAKE_OVER = Duration.ofSeconds(10);

    /** How long closing waits for the bridge's thread to end, before the logs and the database close. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private static final long SLICE_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundBridge.class);

    /** Fair: a lab waiting for the bridge gets it before a run asked for meanwhile. */
    private final ReentrantLock runs = new ReentrantLock(true);
    /** How many labs wait for the bridge: the schedule starts no run meanwhile. */
    private final AtomicInteger labsWaiting = new AtomicInteger();
    private final AtomicBoolean asked = new AtomicBoolean();
    private final ScheduledExecutorService thread;
    private final Runnable run;
    /** The thread of the run in progress on the bridge's thread (none during a lab's run); guarded by {@code this}. */
    private Thread running;

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

    /** Starts one run on the bridge's thread: now, or once the run in progress (or a lab's) ends; one at most waits. */
    void runNow() {
        if (asked.compareAndSet(false, true)) {
            try {
                thread.execute(this::askedRun);
            } catch (RejectedExecutionException stopped) {
                asked.set(false);
            }
        }
    }

    /** Runs every {@code period} (the first after one period) while {@code when} says so, as a real bridge does by itself. */
    void every(Duration period, BooleanSupplier when) {
        every(period, when, run);
    }

    /** The same, each of these runs made by {@code periodic} (an asked-for run stays the constructor's). */
    void every(Duration period, BooleanSupplier when, Runnable periodic) {
        thread.scheduleWithFixedDelay(() -> {
            try {
                if (!asked.get() && labsWaiting.get() == 0 && when.getAsBoolean() && runs.tryLock()) {
                    runHeld(periodic, false);
                }
            } catch (RuntimeException failed) {
                LOG.warn("the portal's bridge could not tell whether to run: {}", failed.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Does {@code work} (a run of the caller's own) with no other run in progress, none starting meanwhile: a run
     * of the bridge's thread is interrupted, and if it has not stopped within {@link #TAKE_OVER}, {@code busy}'s answer.
     */
    <T> T exclusively(Supplier<T> work, Supplier<T> busy) {
        if (!takeOver()) {
            return busy.get();
        }
        try {
            return work.get();
        } finally {
            runs.unlock();
        }
    }

    /** Holds the bridge, interrupting the runs of the bridge's thread until they let go, for at most {@link #TAKE_OVER}. */
    private boolean takeOver() {
        if (runs.tryLock()) {
            return true;
        }
        long deadline = System.nanoTime() + TAKE_OVER.toNanos();
        labsWaiting.incrementAndGet();
        try {
            while (System.nanoTime() < deadline) {
                synchronized (this) {
                    if (running != null) {
                        running.interrupt();
                    }
                }
                if (runs.tryLock(Math.min(SLICE_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1), TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            labsWaiting.decrementAndGet();
        }
    }

    /** An asked-for run: waits for the bridge (a lab may hold it), then runs; asked again from now on means once more after it. */
    private void askedRun() {
        try {
            runs.lockInterruptibly();
        } catch (InterruptedException closing) {
            asked.set(false);
            return;
        }
        asked.set(false);
        if (runHeld(run, true)) {
            runNow();
        }
    }

    /** The run, the bridge held; whether a lab interrupted an asked-for run (which then comes again). */
    private boolean runHeld(Runnable run, boolean askedFor) {
        synchronized (this) {
            running = Thread.currentThread();
        }
        try {
            run.run();
        } catch (RuntimeException failed) {
            LOG.warn("the portal's bridge run failed: {}", failed.toString());
        } finally {
            synchronized (this) {
                running = null;
            }
            runs.unlock();
        }
        boolean interrupted = Thread.interrupted();
        return interrupted && askedFor && !thread.isShutdown();
    }

    /** Stops the bridge's thread (a run in progress is interrupted) and waits at most {@link #CLOSE_WAIT} for it to end. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the portal's bridge did not stop within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
