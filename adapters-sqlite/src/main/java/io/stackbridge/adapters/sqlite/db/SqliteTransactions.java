package io.stackbridge.adapters.sqlite.db;

import io.stackbridge.application.port.out.TransactionPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Each read-check-write step of the application as one SQLite transaction: {@code BEGIN IMMEDIATE}
 * takes the write lock first, so concurrent steps run one after the other; a step inside a step joins it.
 */
@Singleton
public final class SqliteTransactions implements TransactionPort {

    private final SqliteDatabase database;

    @Inject
    public SqliteTransactions(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return database.inTransaction(connection -> work.get());
    }

    /** Runs {@code work} as one step, for steps with no result (reset). */
    public void run(Runnable work) {
        atomically(() -> {
            work.run();
            return null;
        });
    }
}
