package io.stackbridge.adapters.sqlite.db;

import java.sql.SQLException;

/** Turns the driver's exceptions into {@link SqliteStoreException}s that name the database and say what was being done. */
final class SqliteFailures {

    private SqliteFailures() {
    }

    static SqliteStoreException of(String database, String doing, SQLException failed) {
        String detail = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage().lines().findFirst().orElse("");
        return new SqliteStoreException(StoreProblem.DataStoreUnavailable, doing + " " + database + ": " + detail, failed);
    }
}
