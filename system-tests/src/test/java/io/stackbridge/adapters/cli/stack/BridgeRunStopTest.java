package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.bridge.BridgeRunCommand;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.serve.ShutdownSignal;
import io.stackbridge.adapters.cli.support.Await;
import io.stackbridge.adapters.cli.wiring.StackLauncher;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C or SIGTERM on {@code bridge run}, through the shutdown hook it registers (run here by the
 * test, as the JVM would on the signal): the wait between two pushes ends at once, a push under way
 * finishes first, and the process ends with exit code 0 instead of the JVM's 130 or 143.
 */
class BridgeRunStopTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    private StampDirectory stamp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final RecordedHooks hooks = new RecordedHooks();

    @BeforeEach
    void a_registered_stamp_with_usage_waiting() {
        stamp = StampDirectory.of(data, azure).registered();
        assertThat(stamp.simulated(3).exitCode()).isZero();
    }

    @Test
    void a_stop_while_the_bridge_waits_ends_the_wait_at_once_and_the_process_with_exit_code_0() throws InterruptedException {
        AtomicInteger exit = new AtomicInteger(-1);
        Thread running = new Thread(() -> exit.set(bridgeRun("--interval", "3600")), "bridge-run");
        running.start();
        Await.until(DEADLINE, "a first push", () -> out.toString().contains("Azure confirmed "));

        Thread hook = hooks.theOne();
        hook.start();
        hook.join(DEADLINE.toMillis());
        running.join(DEADLINE.toMillis());

        assertThat(hook.isAlive()).as("the hook waits for the loop, not for the hour of --interval").isFalse();
        assertThat(running.isAlive()).isFalse();
        assertThat(hooks.halts).as("the process ends with the loop's own code").containsExactly(ExitCodes.STOPPED);
        assertThat(exit.get()).as(err.toString()).isEqualTo(ExitCodes.STOPPED);
        assertThat(out.toString().lines()).last().isEqualTo("Asked to stop: the bridge stops.");
    }

    @Test
    void a_stop_asked_as_the_bridge_starts_lets_its_push_finish_then_ends_with_exit_code_0() throws InterruptedException {
        hooks.runAtOnce = true;

        int exit = bridgeRun("--interval", "3600", "--batch-size", "100");
        hooks.theOne().join(DEADLINE.toMillis());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.STOPPED);
        assertThat(hooks.halts).containsExactly(ExitCodes.STOPPED);
        assertThat(out.toString().lines()).containsExactly(out.toString().lines().findFirst().orElseThrow(), "Asked to stop: the bridge stops.");
        assertThat(out.toString().lines().findFirst().orElseThrow()).as("the whole push, every batch")
                .matches("Azure confirmed \\d+ records in \\d+ batches \\(0 of them it already had\\); 0 records still waiting\\.");
        assertThat(stamp.local("bridge", "status").outLines()).contains("Records waiting in the outbox: 0");
    }

    @Test
    void a_run_that_ends_by_itself_forgets_its_hook_and_halts_nothing() {
        int exit = bridgeRun("--until-empty");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(hooks.removed).containsExactly(hooks.theOne());
        assertThat(hooks.halts).isEmpty();
        assertThat(out.toString().lines()).last().isEqualTo("The outbox is empty: the bridge stops.");
    }

    /** {@code bridge run} with {@code options}, its console captured, stopped through {@link #hooks}. */
    private int bridgeRun(String... options) {
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(out), new PrintWriter(err));
        BridgeRunCommand run = new BridgeRunCommand(new StackCommand(console, new StackLauncher()), new ShutdownSignal(hooks));
        return new Program(console, Set.of(run)).run(stamp.remoteArgs(Stream.concat(Stream.of("bridge", "run"), Stream.of(options))
                .toArray(String[]::new)));
    }

    /** The JVM's shutdown hooks as a test sees them: a hook is kept (and started at once if asked), a halt only recorded. */
    private static final class RecordedHooks implements ShutdownSignal.Hooks {

        final List<Thread> added = new CopyOnWriteArrayList<>();
        final List<Thread> removed = new CopyOnWriteArrayList<>();
        final List<Integer> halts = new CopyOnWriteArrayList<>();
        volatile boolean runAtOnce;

        @Override
        public void add(Thread hook) {
            added.add(hook);
            if (runAtOnce) {
                hook.start();
            }
        }

        @Override
        public void remove(Thread hook) {
            removed.add(hook);
        }

        @Override
        public void halt(int status) {
            halts.add(status);
        }

        Thread theOne() {
            assertThat(added).hasSize(1);
            return added.get(0);
        }
    }
}
