package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.application.port.out.TransactionPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The units of work of a stamp kept in memory: one lock, so that two units (a simulation run by the
 * refresh and another one) never interleave; reentrant, so a unit inside a unit joins it. Nothing in
 * memory outlives the process, so there is nothing to roll back after a crash.
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
}
