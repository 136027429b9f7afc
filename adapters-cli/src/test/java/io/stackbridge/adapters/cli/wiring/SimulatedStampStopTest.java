package io.stackbridge.adapters.cli.wiring;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping the served stamp's refresh waits for a refresh in progress to end: the logs and the database close next. */
class SimulatedStampStopTest {

    @Test
    void stop_waits_for_the_refresh_in_progress() throws Exception {
        ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch inRefresh = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        refresh.execute(() -> {
            inRefresh.countDown();
            try {
                Thread.sleep(Duration.ofMinutes(5).toMillis());
            } catch (InterruptedException stop) {
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            ended.set(true);
        });
        assertThat(inRefresh.await(10, TimeUnit.SECONDS)).isTrue();

        SimulatedStamp.stop(refresh);

        assertThat(ended).isTrue();
        assertThat(refresh.isTerminated()).isTrue();
    }
}
