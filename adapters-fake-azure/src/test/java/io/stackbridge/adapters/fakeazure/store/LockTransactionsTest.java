package io.stackbridge.adapters.fakeazure.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LockTransactionsTest {

    private final LockTransactions transactions = new LockTransactions();

    @Test
    void a_transaction_inside_a_transaction_joins_it() {
        assertThat(transactions.atomically(() -> transactions.atomically(() -> "nested"))).isEqualTo("nested");
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
}
