package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.application.port.out.TransactionPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** One lock around every read-check-write step of the fake; reentrant, so nested steps join the outer one. */
@Singleton
public final class LockTransactions implements TransactionPort {

    private final ReentrantLock lock = new ReentrantLock();

    @Inject
    public LockTransactions() {
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

    /** Runs {@code work} under the lock, for steps with no result (reset, world edits). */
    public void run(Runnable work) {
        atomically(() -> {
            work.run();
            return null;
        });
    }
}
