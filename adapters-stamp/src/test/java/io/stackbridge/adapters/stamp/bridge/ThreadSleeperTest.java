package io.stackbridge.adapters.stamp.bridge;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadSleeperTest {

    @Test
    void an_interrupted_wait_ends_at_once_and_keeps_the_interrupt() {
        Thread.currentThread().interrupt();
        long start = System.nanoTime();

        new ThreadSleeper().sleep(Duration.ofMinutes(10));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
