package io.stackbridge.adapters.support.memory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Units of work kept in memory: one at a time, a unit inside a unit joining it. */
class InMemoryTransactionsTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Test
    void a_unit_inside_a_unit_joins_it_and_gives_its_result() {
        assertThat(transactions.atomically(() -> transactions.atomically(() -> 42))).isEqualTo(42);
    }

    @Test
    void a_unit_of_another_thread_waits_for_the_running_one_to_end() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean firstEnded = new AtomicBoolean();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.atomically(() -> {
            inside.countDown();
            await(release);
            firstEnded.set(true);
            return null;
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> transactions.atomically(firstEnded::get));
        Thread.sleep(100);
        assertThat(second).isNotDone();
        release.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        first.get(10, TimeUnit.SECONDS);
    }

    @Test
    void read_check_write_steps_of_many_threads_never_interleave() throws Exception {
        int[] counter = {0};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            done.add(pool.submit(() -> {
                for (int step = 0; step < 2_000; step++) {
                    transactions.run(() -> {
                        int read = counter[0];
                        Thread.yield();
                        counter[0] = read + 1;
                    });
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(counter[0]).isEqualTo(16_000);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
