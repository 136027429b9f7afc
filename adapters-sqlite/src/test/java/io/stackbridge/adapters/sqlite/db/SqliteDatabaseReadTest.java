package io.stackbridge.adapters.sqlite.db;

import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read units: they take no write lock, so another connection (another process) holding it for a long
 * write does not hold them up, and they see the last committed state; inside a unit they join it.
 */
class SqliteDatabaseReadTest {

    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path directory;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void a_read_completes_with_the_last_commit_while_another_connection_writes_and_a_transaction_waits_for_the_writer() throws Exception {
        Path file = directory.resolve("state.db");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (SqliteDatabase writer = SqliteDatabase.open(file); SqliteDatabase other = SqliteDatabase.open(file)) {
            writer.inTransaction(connection -> approve(connection, "committed"));
            Future<?> longWrite = threads.submit(() -> writer.inTransaction(connection -> {
                approve(connection, "in-flight");
                writing.countDown();
                await(release);
                return null;
            }));
            assertThat(writing.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            Future<List<String>> transaction = threads.submit(() -> other.inTransaction(SqliteDatabaseReadTest::approved));

            List<String> read;
            try (SqliteDatabase reader = SqliteDatabase.open(file)) {
                read = reader.read(SqliteDatabaseReadTest::approved);
                assertThat(transaction.isDone()).as("a transaction waits for the writer's lock").isFalse();
                release.countDown();
                longWrite.get(WAIT_SECONDS, TimeUnit.SECONDS);

                assertThat(reader.read(SqliteDatabaseReadTest::approved)).containsExactly("committed", "in-flight");
            }

            assertThat(read).containsExactly("committed");
            assertThat(transaction.get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly("committed", "in-flight");
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_read_inside_a_unit_joins_it_and_sees_what_it_wrote() {
        try (SqliteDatabase database = SqliteDatabase.inMemory()) {
            List<String> inside = database.inTransaction(connection -> {
                approve(connection, "outer");
                return database.read(SqliteDatabaseReadTest::approved);
            });

            assertThat(inside).containsExactly("outer");
            assertThat(database.read(SqliteDatabaseReadTest::approved)).containsExactly("outer");
        }
    }

    @Test
    void a_failed_read_is_a_coded_failure_and_the_enclosing_unit_is_undone_with_it() {
        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"))) {
            assertThatThrownBy(() -> database.read(connection -> Sql.number(connection, "SELECT COUNT(*) FROM nowhere")))
                    .isInstanceOfSatisfying(SqliteStoreException.class,
                            failure -> assertThat(failure.code()).isEqualTo(StoreProblem.DataStoreUnavailable));

            assertThatThrownBy(() -> database.inTransaction(connection -> {
                approve(connection, "undone");
                return database.read(inner -> Sql.number(inner, "SELECT COUNT(*) FROM nowhere"));
            })).isInstanceOf(SqliteStoreException.class).hasMessageContaining("nowhere");

            assertThat(database.read(SqliteDatabaseReadTest::approved)).isEmpty();
            database.inTransaction(connection -> approve(connection, "later"));
            assertThat(database.read(SqliteDatabaseReadTest::approved)).containsExactly("later");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static Void approve(Connection connection, String name) throws SQLException {
        Sql.update(connection, "INSERT INTO multi_tenancy_approvals VALUES ('s', 'g', ?)", name);
        return null;
    }

    private static List<String> approved(Connection connection) throws SQLException {
        return Sql.query(connection, "SELECT name_key FROM multi_tenancy_approvals ORDER BY name_key", row -> row.getString(1));
    }
}
