package io.stackbridge.adapters.sqlite.db;

import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database's settings and its units of work: one transaction each, rolled back on failure, nested ones as savepoints. */
class SqliteDatabaseTest {

    @TempDir
    Path directory;

    private SqliteDatabase database;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_file_database_writes_ahead_syncs_fully_and_enforces_foreign_keys() {
        database = SqliteDatabase.open(directory.resolve("nested/dir/state.db"));

        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("synchronous")).isEqualTo("2");
        assertThat(pragma("foreign_keys")).isEqualTo("1");
        assertThat(pragma("busy_timeout")).isEqualTo(String.valueOf(SqliteConnections.BUSY_TIMEOUT_MILLIS));
        assertThat(directory.resolve("nested/dir/state.db")).exists();
    }

    @Test
    void a_new_database_and_its_write_ahead_log_are_readable_by_their_owner_only() throws java.io.IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = directory.resolve("secrets/stackbridge.db");
        database = SqliteDatabase.open(file);
        database.inTransaction(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (secret TEXT)");
            }
            return null;
        });

        for (Path written : List.of(file, file.resolveSibling("stackbridge.db-wal"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(written)))
                    .as(written.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void a_failing_unit_leaves_nothing_behind_and_its_failure_goes_on() {
        database = SqliteDatabase.inMemory();

        assertThatThrownBy(() -> database.inTransaction(connection -> {
            Sql.update(connection, "INSERT INTO multi_tenancy_approvals VALUES ('s', 'g', 'n')");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(count("multi_tenancy_approvals")).isZero();
    }

    @Test
    void a_unit_inside_a_unit_joins_it_and_a_failed_inner_one_is_undone_alone() {
        database = SqliteDatabase.inMemory();

        database.inTransaction(connection -> {
            Sql.update(connection, "INSERT INTO multi_tenancy_approvals VALUES ('s', 'g', 'outer')");
            try {
                database.inTransaction(inner -> {
                    Sql.update(inner, "INSERT INTO multi_tenancy_approvals VALUES ('s', 'g', 'inner')");
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // the outer unit goes on
            }
            database.inTransaction(inner -> Sql.update(inner, "INSERT INTO multi_tenancy_approvals VALUES ('s', 'g', 'second')"));
            return null;
        });

        List<String> kept = database.inTransaction(connection -> Sql.query(connection,
                "SELECT name_key FROM multi_tenancy_approvals ORDER BY name_key", row -> row.getString(1)));
        assertThat(kept).containsExactly("outer", "second");
    }

    @Test
    void a_broken_statement_is_a_coded_failure_naming_the_database() {
        database = SqliteDatabase.open(directory.resolve("state.db"));

        assertThatThrownBy(() -> database.inTransaction(connection -> Sql.update(connection, "INSERT INTO nowhere VALUES (1)")))
                .isInstanceOfSatisfying(SqliteStoreException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(StoreProblem.DataStoreUnavailable);
                    assertThat(failure.describe()).startsWith("DataStoreUnavailable: ").contains("state.db", "nowhere").doesNotContain("\n");
                });
    }

    @Test
    void a_foreign_key_is_enforced() {
        database = SqliteDatabase.inMemory();

        assertThatThrownBy(() -> database.inTransaction(connection -> Sql.update(connection,
                "INSERT INTO registration_nodes VALUES (42, 0, 'n', 'u', 1, '', '', '', '', '')")))
                .isInstanceOf(SqliteStoreException.class).hasMessageContaining("FOREIGN KEY");
    }

    private String pragma(String name) {
        return database.inTransaction(connection -> Sql.first(connection, "PRAGMA " + name, row -> row.getString(1)).get());
    }

    private long count(String table) {
        return database.inTransaction(connection -> Sql.number(connection, "SELECT COUNT(*) FROM " + table));
    }
}
