package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a normal end: holds the emulator up until the process is asked to
 * end, or lets a loop such as {@code bridge run} finish its current step and end with its own exit
 * code instead of the JVM's 130 or 143.
 */
public final class ShutdownSignal implements Lifetime {

    private final Hooks hooks;

    @Inject
    public ShutdownSignal() {
        this(Hooks.RUNTIME);
    }

    /** With {@code hooks} in place of the JVM's: a test runs the hook itself and sees the exit code it would halt with. */
    public ShutdownSignal(Hooks hooks) {
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /**
     * Registers a shutdown hook that runs {@code stop} and then ends the process with
     * {@link ExitCodes#STOPPED}: stopping on request is a normal end, so the JVM's own 130 or 143 for
     * the signal is replaced by halting with that code once the hook is done. Never returns.
     */
    @Override
    public void holdUntilStopped(Runnable stop) {
        hooks.add(new Thread(() -> {
            stop.run();
            hooks.halt(ExitCodes.STOPPED);
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

    /**
     * Runs {@code work} on this thread and answers its exit code. Ctrl-C or SIGTERM meanwhile asks
     * {@code work} to stop through the {@link StopRequest} it is given, which it looks at between its
     * steps (never in the middle of one); once {@code work} has returned, the process ends with the
     * code it answered, so a stop it obeys with {@link ExitCodes#STOPPED} is a normal end.
     */
    public int runUntilStopped(ToIntFunction<StopRequest> work) {
        StopRequest stop = new StopRequest();
        AtomicInteger exitCode = new AtomicInteger(ExitCodes.FAILURE);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.ask();
            awaitUninterruptibly(done);
            hooks.halt(exitCode.get());
        }, "stackbridge-shutdown");
        hooks.add(hook);
        try {
            exitCode.set(work.applyAsInt(stop));
            return exitCode.get();
        } finally {
            done.countDown();
            hooks.remove(hook);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stop asked for while work runs: the work waits on it between its steps instead of sleeping, and ends once it is asked. */
    public static final class StopRequest {

        private final CountDownLatch asked = new CountDownLatch(1);

        private StopRequest() {
        }

        /** Asks the work to stop at its next step; a wait on {@link #awaited} ends at once. */
        public void ask() {
            asked.countDown();
        }

        /**
         * Waits up to {@code pause}: whether a stop was asked before or during the wait. An interrupt of
         * the waiting thread counts as a stop too, and stays set.
         */
        public boolean awaited(Duration pause) {
            try {
                return asked.await(pause.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }

    /** The JVM's shutdown hooks and its halt, as {@link ShutdownSignal} uses them. */
    public interface Hooks {

        /** The running JVM's. */
        Hooks RUNTIME = new Hooks() {
            @Override
            public void add(Thread hook) {
                Runtime.getRuntime().addShutdownHook(hook);
            }

            @Override
            public void remove(Thread hook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running already; it ends the process itself.
                }
            }

            @Override
            public void halt(int status) {
                Runtime.getRuntime().halt(status);
            }
        };

        /** Runs {@code hook} when the process is asked to end. */
        void add(Thread hook);

        /** Forgets {@code hook}, the work it stood for being over; nothing when the process is already ending. */
        void remove(Thread hook);

        /** Ends the process with {@code status}, once the hook is done. */
        void halt(int status);
    }
}
