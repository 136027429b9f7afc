package io.stackbridge.adapters.fakeazure;

import io.stackbridge.adapters.support.memory.InMemoryTransactions;
import io.stackbridge.application.port.out.ResetPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Set;

/** Resets every stateful part of the fake under the transaction lock, so no call sees half a reset. */
@Singleton
public final class ResetToWorld implements ResetPort {

    private final InMemoryTransactions transactions;
    private final Set<Resettable> parts;

    @Inject
    public ResetToWorld(InMemoryTransactions transactions, Set<Resettable> parts) {
        this.transactions = transactions;
        this.parts = parts;
    }

    @Override
    public void reset() {
        transactions.run(() -> parts.forEach(Resettable::reset));
    }
}
