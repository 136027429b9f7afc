package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.schema.Migrations;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema step 5: a data directory written before it keeps whether its bridge was failing, read once from the times. */
class BridgeFailingMigrationTest {

    @TempDir
    Path directory;

    private boolean failingAfterMigration(String lastSuccess, String failureAt) {
        Path file = directory.resolve(lastSuccess + "-" + failureAt + ".db");
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(4))) {
            old.inTransaction(connection -> {
                Sql.update(connection, "INSERT INTO bridge_health (id, last_success, failure_code, failure_at, failure_cause, "
                        + "failure_attempts, failure_endpoint) VALUES (1, ?, 'NetworkError', ?, 'reset', 1, 'https://u')", lastSuccess, failureAt);
                for (Language language : Language.values()) {
                    Sql.update(connection, "INSERT INTO bridge_failure_texts (language, message, remediation) VALUES (?, 'm', 'r')",
                            language.name());
                }
                return null;
            });
        }
        try (SqliteDatabase migrated = SqliteDatabase.open(file)) {
            return new SqliteBridgeHealth(migrated).read().failing();
        }
    }

    @Test
    void a_failure_after_the_last_success_is_still_failing_and_one_before_it_is_not() {
        assertThat(failingAfterMigration("2026-11-21T10:00:00.000000000Z", "2026-11-21T11:00:00.000000000Z")).isTrue();
        assertThat(failingAfterMigration("2026-11-21T12:00:00.000000000Z", "2026-11-21T11:00:00.000000000Z")).isFalse();
    }
}
