package io.stackbridge.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Runs the same step on several threads released at once, and waits for all of them (rethrowing the first failure). */
public final class Concurrently {

    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {
    }

    /** Runs {@code step} with worker numbers 0 … threads − 1, each on its own thread. */
    public static void run(int threads, IntConsumer step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                int number = worker;
                running.add(pool.submit(() -> {
                    start.await();
                    step.accept(number);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : running) {
                each.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
