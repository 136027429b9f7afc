package io.stackbridge.adapters.sqlite.schema;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.db.SqliteStoreException;
import io.stackbridge.adapters.sqlite.db.StoreProblem;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema at start-up: a new database gets every step, an older one the steps it lacks, a newer one is refused. */
class SchemaMigratorTest {

    @TempDir
    Path directory;

    @Test
    void the_steps_are_numbered_one_by_one_from_1() {
        assertThat(Migrations.ALL.map(Migration::version)).isEqualTo(List.rangeClosed(1, Migrations.newest()));
    }

    @Test
    void a_new_database_gets_every_step_once_and_opening_it_again_changes_nothing() {
        Path file = directory.resolve("state.db");
        SqliteDatabase.open(file).close();

        try (SqliteDatabase again = SqliteDatabase.open(file)) {
            assertThat(versions(again)).isEqualTo(Migrations.ALL.map(Migration::version));
        }
    }

    @Test
    void an_older_database_is_migrated_forward_and_keeps_its_rows() {
        Path file = directory.resolve("state.db");
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(1))) {
            old.inTransaction(connection -> Sql.update(connection, "INSERT INTO multi_tenancy_approvals VALUES ('s', 'g', 'kept')"));
            assertThat(versions(old)).containsExactly(1);
            assertThat(tableExists(old, "outbox_pending")).isFalse();
        }

        try (SqliteDatabase migrated = SqliteDatabase.open(file)) {
            assertThat(versions(migrated)).isEqualTo(Migrations.ALL.map(Migration::version));
            assertThat(tableExists(migrated, "outbox_pending")).isTrue();
            List<String> kept = migrated.inTransaction(connection -> Sql.query(connection, "SELECT name_key FROM multi_tenancy_approvals",
                    row -> row.getString(1)));
            assertThat(kept).containsExactly("kept");
        }
    }

    @Test
    void a_database_from_a_newer_stackbridge_is_refused_with_a_code_and_left_untouched() throws Exception {
        Path file = directory.resolve("state.db");
        try (SqliteDatabase newer = SqliteDatabase.open(file)) {
            newer.inTransaction(connection -> Sql.update(connection,
                    "INSERT INTO schema_version VALUES (?, 'from the future', '2030-01-01T00:00:00Z')", Migrations.newest() + 7));
        }

        assertThatThrownBy(() -> SqliteDatabase.open(file)).isInstanceOfSatisfying(SqliteStoreException.class, refused -> {
            assertThat(refused.code()).isEqualTo(StoreProblem.DataSchemaTooNew);
            assertThat(refused.describe()).isEqualTo("DataSchemaTooNew: the database " + file.toAbsolutePath() + " has schema version "
                    + (Migrations.newest() + 7) + ", newer than this StackBridge knows (" + Migrations.newest()
                    + "); use a newer StackBridge or another data directory");
        });
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             ResultSet newest = raw.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            assertThat(newest.getInt(1)).isEqualTo(Migrations.newest() + 7);
        }
    }

    private static List<Integer> versions(SqliteDatabase database) {
        return database.inTransaction(connection -> Sql.query(connection, "SELECT version FROM schema_version ORDER BY version",
                row -> row.getInt(1)));
    }

    private static boolean tableExists(SqliteDatabase database, String table) {
        return database.inTransaction(connection -> Sql.exists(connection,
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", table));
    }
}
