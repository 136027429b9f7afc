package io.stackbridge.adapters.http.server.races;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs {@code clients} threads released together by a barrier; each calls its step until the step
 * says it is done or the deadline passes. No sleeps: the deadline only bounds the run.
 */
final class Race {

    /** How long the run lasts: {@code -Dstackbridge.races.seconds=60} for the long version. */
    static Duration length() {
        return Duration.ofSeconds(Long.getLong("stackbridge.races.seconds", 6));
    }

    /** One client's work: {@code step(round)} answers whether to go on. */
    interface Client {
        boolean step(int round) throws Exception;
    }

    static Duration run(int clients, Duration length, IntFunction<Client> client) throws Exception {
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant began = Instant.now();
        Instant deadline = began.plus(length);
        try {
            List<Future<Integer>> running = new ArrayList<>();
            for (int index = 0; index < clients; index++) {
                Client one = client.apply(index);
                running.add(pool.submit(() -> {
                    start.await();
                    int round = 0;
                    while (Instant.now().isBefore(deadline) && one.step(round)) {
                        round++;
                    }
                    return round;
                }));
            }
            for (Future<Integer> each : running) {
                each.get(length.toSeconds() + 120, TimeUnit.SECONDS);
            }
            return Duration.between(began, Instant.now());
        } finally {
            pool.shutdownNow();
        }
    }

    private Race() {
    }
}
