package io.stackbridge.application.service.localusage;

import io.stackbridge.application.port.out.TransactionPort;

import java.util.function.Supplier;

/** A {@link TransactionPort} for tests that runs each unit at once and tells whether one is open and how many were run. */
public final class UnitsOfWork implements TransactionPort {

    private int open;
    private int run;

    @Override
    public synchronized <T> T atomically(Supplier<T> work) {
        if (open == 0) {
            run++;
        }
        open++;
        try {
            return work.get();
        } finally {
            open--;
        }
    }

    /** The number of the unit running now, 0 outside any unit (a nested unit counts as its outer one). */
    public synchronized int current() {
        return open == 0 ? 0 : run;
    }

    /** How many outermost units were run. */
    public synchronized int run() {
        return run;
    }
}
