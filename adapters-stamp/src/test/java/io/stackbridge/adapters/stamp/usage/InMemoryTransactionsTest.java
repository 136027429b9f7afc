package io.stackbridge.adapters.stamp.usage;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory stamp's units of work: one at a time, a unit inside a unit joining it. */
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

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
