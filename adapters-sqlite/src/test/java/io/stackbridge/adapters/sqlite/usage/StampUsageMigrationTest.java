package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.schema.FormEncoded;
import io.stackbridge.adapters.sqlite.schema.Migrations;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema steps 6 and 7: a stamp written with the wide version 2 tables (maps form-encoded) keeps every
 * stored record, every pending one and every confirmation, field for field, in the compact tables.
 */
class StampUsageMigrationTest {

    private static final Instant DAY = StoredRecords.DAY;

    @TempDir
    Path directory;

    /** Records as odd as the old tables allowed: IDs in capitals, nanoseconds, a long decimal, form-encoded maps, a | in a resource. */
    private static final List<UsageRecord> STORED = List.of(
            StoredRecords.at(0, "vm-0"), StoredRecords.at(1, "vm-0"), StoredRecords.at(0, StoredRecords.SECOND, StoredRecords.STORAGE, "vm-1", "2.50"),
            new UsageRecord(SubscriptionId.of("ABCDEF01-0002-4000-8000-00000000000A"), StoredRecords.TENANT,
                    MeterId.of("FAB6EB84500B4A09A8CA7358F8BBAEA5"), Quantity.of("12345678901234567890.123456789000"), UsageWindow.startingAt(DAY),
                    "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm é&=?|x", "local",
                    LinkedHashMap.of("b", "2", "a", "a=b&c"), LinkedHashMap.of("", ""), DAY.plus(Duration.ofHours(1)).plusNanos(123_456_789)));

    @Test
    void every_record_pending_record_and_confirmation_moves_to_the_compact_tables() {
        Path file = directory.resolve("stamp.db");
        List<UsageRecord> pending = STORED.init();
        UsageRecord confirmed = STORED.last();
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(5))) {
            old.inTransaction(connection -> {
                for (UsageRecord record : STORED) {
                    insert(connection, "local_usage", record);
                }
                for (UsageRecord record : pending) {
                    insert(connection, "outbox_pending", record);
                }
                Sql.update(connection, "INSERT INTO outbox_sent (record_key, batch_id) VALUES (?, 'batch-1')", confirmed.key().canonical());
                return null;
            });
        }

        try (SqliteDatabase migrated = SqliteDatabase.open(file)) {
            SqliteLocalUsageStore store = new SqliteLocalUsageStore(migrated);
            SqliteUsageOutbox outbox = new SqliteUsageOutbox(migrated);

            List<UsageRecord> read = store.reportedBetween(DAY, DAY.plus(Duration.ofDays(1)));
            assertThat(read).containsExactlyInAnyOrderElementsOf(STORED);
            assertThat(read.map(UsageRecord::toString)).containsExactlyInAnyOrderElementsOf(STORED.map(UsageRecord::toString));
            assertThat(outbox.oldestPending(10)).containsExactlyElementsOf(StoredRecords.oldestFirst(pending));
            assertThat(outbox.oldestPending(10).map(UsageRecord::toString))
                    .containsExactlyElementsOf(StoredRecords.oldestFirst(pending).map(UsageRecord::toString));

            outbox.enqueue(STORED);
            assertThat(outbox.pendingCount()).isEqualTo(pending.size());
            outbox.markSent(BatchId.of("batch-2"), pending.map(UsageRecord::key));
            outbox.enqueue(STORED);
            assertThat(outbox.pendingCount()).isZero();
            long batches = migrated.read(connection -> Sql.number(connection, "SELECT COUNT(*) FROM outbox_batch"));
            assertThat(batches).isEqualTo(2);
        }
    }

    private static void insert(java.sql.Connection connection, String table, UsageRecord record) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table + " (" + UsageRecordColumns.COLUMNS
                + ") VALUES (" + UsageRecordColumns.PLACEHOLDERS + ")")) {
            UsageRecordColumns.bind(statement, 1, record);
            statement.executeUpdate();
        }
        // Version 2 to 6 kept the maps form-encoded.
        Sql.update(connection, "UPDATE " + table + " SET tags = ?, additional_info = ? WHERE record_key = ?",
                FormEncoded.map(record.tags()), FormEncoded.map(record.additionalInfo()), record.key().canonical());
    }
}
