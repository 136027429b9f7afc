package io.stackbridge.adapters.sqlite.db;

import io.stackbridge.adapters.sqlite.schema.Migration;
import io.stackbridge.adapters.support.files.OwnerOnlyFiles;
import io.stackbridge.adapters.sqlite.schema.Migrations;
import io.stackbridge.adapters.sqlite.schema.SchemaMigrator;
import io.vavr.collection.List;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite database (a file, or in memory for tests) whose schema is brought up to date when it
 * opens, used through one connection by one unit of work at a time. A unit that writes, or reads to
 * decide what to write, is a transaction that takes the write lock first ({@code BEGIN IMMEDIATE},
 * {@link #inTransaction}); a unit that only reads is a deferred transaction that never takes it
 * ({@code BEGIN DEFERRED}, {@link #read}), so in WAL mode it reads the last committed state while
 * another process writes. A unit started inside another joins it.
 */
public final class SqliteDatabase implements AutoCloseable {

    private final String name;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock(true);
    /** How many units were rolled back so far: a cache of rows a unit wrote is stale once this moves. */
    private volatile long rollbacks;

    private SqliteDatabase(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    /**
     * Opens (or creates) the database file, its directory included, migrated to the newest schema. A new
     * file is created readable by its owner only (it may hold secrets: principals, the signing key);
     * SQLite gives its journal files the same permissions.
     */
    public static SqliteDatabase open(Path file) {
        return open(file, Migrations.ALL);
    }

    /** Opens the database file migrated with {@code migrations} only (tests build older databases so). */
    public static SqliteDatabase open(Path file, List<Migration> migrations) {
        Path absolute = file.toAbsolutePath();
        try {
            OwnerOnlyFiles.createIfAbsent(absolute);
        } catch (IOException | RuntimeException failed) {
            throw new SqliteStoreException(StoreProblem.DataStoreUnavailable,
                    "cannot create the directory of " + absolute + " (" + failed.getMessage() + ")", failed);
        }
        return opened(absolute.toString(), "jdbc:sqlite:" + absolute, migrations);
    }

    /** A fresh database in memory, with the newest schema; gone when closed. */
    public static SqliteDatabase inMemory() {
        return opened(":memory:", "jdbc:sqlite::memory:", Migrations.ALL);
    }

    private static SqliteDatabase opened(String name, String url, List<Migration> migrations) {
        Connection connection;
        try {
            connection = SqliteConnections.open(url);
        } catch (SQLException failed) {
            throw SqliteFailures.of(name, "cannot open", failed);
        }
        SqliteDatabase database = new SqliteDatabase(name, connection);
        try {
            int newest = migrations.map(Migration::version).max().getOrElse(0);
            if (database.read(SqliteDatabase::schemaVersion) != newest) {
                database.inTransaction(c -> {
                    SchemaMigrator.migrate(c, name, migrations);
                    return null;
                });
                FreedSpace.reclaim(database.connection, name);
            }
            return database;
        } catch (RuntimeException failed) {
            database.close();
            throw failed;
        }
    }

    /**
     * The schema version the database is at, -1 when it has no {@code schema_version} yet, read
     * without the write lock: a database already at the newest version opens while another process writes to it.
     */
    private static int schemaVersion(Connection connection) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                ? (int) Sql.number(connection, "SELECT MAX(version) FROM schema_version")
                : -1;
    }

    /**
     * Runs {@code work} in a transaction and returns its result; on any failure the transaction (or,
     * inside another unit, only this unit's savepoint) is rolled back and the failure rethrown, a
     * {@link SQLException} as a {@link SqliteStoreException}.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            int depth = lock.getHoldCount();
            return depth == 1
                    ? unit(work, "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK")
                    : unit(work, "SAVEPOINT unit" + depth, "RELEASE unit" + depth, "ROLLBACK TO unit" + depth + "; RELEASE unit" + depth);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work}, which only reads, and returns its result. On its own it is a deferred
     * transaction ({@code BEGIN DEFERRED}) that takes no write lock: its reads see one committed state
     * of the database, the last one, even while another connection (another process) holds the write
     * lock. Inside another unit it runs in that unit's transaction and sees what it wrote. A failure
     * is rethrown as {@link #inTransaction} does. Work that writes, or that reads to decide what to
     * write, belongs in {@link #inTransaction}: a deferred transaction may not get the write lock later.
     */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return lock.getHoldCount() == 1 ? unit(work, "BEGIN DEFERRED", "COMMIT", "ROLLBACK") : joined(work);
        } finally {
            lock.unlock();
        }
    }

    private <T> T joined(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException failed) {
            throw SqliteFailures.of(name, "cannot read", failed);
        }
    }

    private <T> T unit(SqlWork<T> work, String begin, String commit, String rollback) {
        execute(begin);
        try {
            T result = work.run(connection);
            execute(commit);
            return result;
        } catch (SQLException failed) {
            undo(rollback, failed);
            throw SqliteFailures.of(name, "cannot read or write", failed);
        } catch (RuntimeException | Error failed) {
            undo(rollback, failed);
            throw failed;
        }
    }

    /**
     * How many units (transactions or units inside one) this database rolled back so far. Rows read
     * or written in a unit that was later rolled back may be gone: whoever caches such rows drops its
     * cache when this number has moved.
     */
    public long rollbacks() {
        return rollbacks;
    }

    private void undo(String rollback, Throwable cause) {
        rollbacks++;
        for (String statement : rollback.split("; ")) {
            try (Statement sql = connection.createStatement()) {
                sql.execute(statement);
            } catch (SQLException failed) {
                cause.addSuppressed(failed);
            }
        }
    }

    private void execute(String statement) {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException failed) {
            throw SqliteFailures.of(name, "cannot run " + statement, failed);
        }
    }

    /** Closes the connection (a file database checkpoints its log); later units fail. */
    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException failed) {
            throw SqliteFailures.of(name, "cannot close", failed);
        } finally {
            lock.unlock();
        }
    }
}
