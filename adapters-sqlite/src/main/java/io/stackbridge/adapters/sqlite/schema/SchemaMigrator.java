package io.stackbridge.adapters.sqlite.schema;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteStoreException;
import io.stackbridge.adapters.sqlite.db.StoreProblem;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.vavr.collection.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Brings a database to the newest schema at start-up: reads its version from {@code schema_version},
 * runs the steps it lacks in order and records each one. Opening again changes nothing; a database
 * whose version is beyond the newest known step was written by a newer StackBridge and is refused.
 * Runs inside the opening transaction, so a database is never left half migrated. The steps may
 * call the SQL functions of {@link FormEncodedColumns}.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    public static void migrate(Connection connection, String database, List<Migration> steps) throws SQLException {
        Sql.update(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int current = version(connection);
        int newest = steps.map(Migration::version).max().getOrElse(0);
        if (current > newest) {
            throw new SqliteStoreException(StoreProblem.DataSchemaTooNew, "the database " + database + " has schema version "
                    + current + ", newer than this StackBridge knows (" + newest + "); use a newer StackBridge or another data directory");
        }
        FormEncodedColumns.register(connection);
        try {
            for (Migration step : steps.filter(step -> step.version() > current)) {
                run(connection, step);
                LOG.info("{}: schema migrated to version {} ({})", database, step.version(), step.description());
            }
        } finally {
            FormEncodedColumns.unregister(connection);
        }
    }

    private static void run(Connection connection, Migration step) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlScript.statements(step.script())) {
                statement.execute(sql);
            }
        }
        Sql.update(connection, "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                step.version(), step.description(), StoredInstant.text(Instant.now()));
    }

    /** The version a database is at: 0 when it is new. */
    private static int version(Connection connection) throws SQLException {
        return (int) Sql.number(connection, "SELECT MAX(version) FROM schema_version");
    }
}
