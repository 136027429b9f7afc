package io.stackbridge.adapters.cli.portal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's bridge thread: a run asked for during a run or a lab comes once after it; a lab takes the bridge over; close waits. */
class BackgroundBridgeTest {

    @Test
    void run_now_during_a_run_runs_once_right_after_it_however_often_it_was_asked() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        try (BackgroundBridge bridge = new BackgroundBridge(() -> {
            if (runs.incrementAndGet() == 1) {
                inFirst.countDown();
                await(release);
            }
        })) {
            bridge.runNow();
            assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
            bridge.runNow();
            bridge.runNow();
            bridge.runNow();
            release.countDown();
            assertThat(until(() -> runs.get() == 2 && !bridge.running())).isTrue();
            assertThat(runs.get()).isEqualTo(2);
        }
    }

    @Test
    void run_now_while_a_lab_holds_the_bridge_runs_once_after_the_lab_and_is_not_dropped() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (BackgroundBridge bridge = new BackgroundBridge(runs::incrementAndGet)) {
            CountDownLatch labIn = new CountDownLatch(1);
            CountDownLatch labOut = new CountDownLatch(1);
            Thread lab = new Thread(() -> bridge.exclusively(() -> {
                labIn.countDown();
                await(labOut);
                return true;
            }, () -> false));
            lab.start();
            assertThat(labIn.await(10, TimeUnit.SECONDS)).isTrue();
            bridge.runNow();
            bridge.runNow();
            assertThat(bridge.running()).isTrue();
            assertThat(runs.get()).isZero();
            labOut.countDown();
            lab.join(10_000);
            assertThat(until(() -> runs.get() == 1 && !bridge.running())).isTrue();
            assertThat(runs.get()).isEqualTo(1);
        }
    }

    @Test
    void a_lab_takes_the_bridge_over_from_a_long_run_without_waiting_for_it() throws Exception {
        CountDownLatch inRun = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        try (BackgroundBridge bridge = new BackgroundBridge(() -> {
            inRun.countDown();
            try {
                Thread.sleep(Duration.ofMinutes(5).toMillis());
            } catch (InterruptedException stop) {
                interrupted.set(true);
            }
        })) {
            bridge.every(Duration.ofMillis(1), () -> true);
            assertThat(inRun.await(10, TimeUnit.SECONDS)).isTrue();
            Instant before = Instant.now();
            boolean ran = bridge.exclusively(() -> true, () -> false);
            assertThat(ran).isTrue();
            assertThat(interrupted).isTrue();
            assertThat(Duration.between(before, Instant.now())).isLessThan(BackgroundBridge.TAKE_OVER);
        }
    }

    @Test
    void a_lab_gets_the_busy_answer_when_a_run_does_not_stop_within_the_bound() throws Exception {
        CountDownLatch inRun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (BackgroundBridge bridge = new BackgroundBridge(() -> {
            inRun.countDown();
            while (true) {
                try {
                    release.await();
                    return;
                } catch (InterruptedException ignored) {
                    // a run that does not stop when asked
                }
            }
        })) {
            bridge.runNow();
            assertThat(inRun.await(10, TimeUnit.SECONDS)).isTrue();
            Instant before = Instant.now();
            assertThat(bridge.exclusively(() -> "ran", () -> "busy")).isEqualTo("busy");
            assertThat(Duration.between(before, Instant.now())).isLessThan(BackgroundBridge.TAKE_OVER.plusSeconds(5));
            release.countDown();
        }
    }

    @Test
    void close_waits_for_the_run_in_progress_to_end() throws Exception {
        CountDownLatch inRun = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        BackgroundBridge bridge = new BackgroundBridge(() -> {
            inRun.countDown();
            try {
                Thread.sleep(Duration.ofMinutes(5).toMillis());
            } catch (InterruptedException stop) {
                // stops when interrupted, after a little cleaning up
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            ended.set(true);
        });
        bridge.runNow();
        assertThat(inRun.await(10, TimeUnit.SECONDS)).isTrue();
        bridge.close();
        assertThat(ended).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean until(BooleanSupplier wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!wanted.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        return wanted.getAsBoolean();
    }
}
