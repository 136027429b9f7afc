package io.stackbridge.adapters.sqlite.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens SQLite connections set up the one way StackBridge uses them: write-ahead log, a commit
 * that reaches the disk before it returns, foreign keys enforced, and a wait for a busy file.
 */
final class SqliteConnections {

    /** How long a statement waits for another process's write lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private SqliteConnections() {
    }

    static Connection open(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement pragmas = connection.createStatement()) {
            pragmas.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            pragmas.execute("PRAGMA journal_mode = WAL");
            // FULL: in WAL mode NORMAL survives a killed process but may lose the last commits on a power
            // loss or an OS crash; the outbox, the local usage and the ledger must keep what they confirmed.
            pragmas.execute("PRAGMA synchronous = FULL");
            pragmas.execute("PRAGMA foreign_keys = ON");
            return connection;
        } catch (SQLException failed) {
            connection.close();
            throw failed;
        }
    }
}
