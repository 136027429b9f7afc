package io.stackbridge.adapters.support.memory;

import io.stackbridge.application.port.out.TransactionPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The units of work of state kept in memory (the fake Azure's stores, an in-memory stamp): one lock,
 * so that two read-check-write steps never interleave; reentrant, so a unit inside a unit joins it.
 * Nothing in memory outlives the process, so there is nothing to roll back after a crash.
 */
@Singleton
public final class InMemoryTransactions implements TransactionPort {

    private final ReentrantLock lock = new ReentrantLock();

    @Inject
    public InMemoryTransactions() {
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} as one unit, for steps with no result (a reset, a world edit). */
    public void run(Runnable work) {
        atomically(() -> {
            work.run();
            return null;
        });
    }
}
