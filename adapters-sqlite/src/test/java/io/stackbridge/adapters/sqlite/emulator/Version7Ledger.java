package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.adapters.sqlite.usage.UsageRecordColumns;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Writes a batch as schema version 7 stored it: its row (no arrival time, no counts), its records, and the entries it booked. */
final class Version7Ledger {

    /** How batches were listed before schema 8: every batch joined with the counts of its records and entries. */
    static final String BATCH_LIST = "SELECT b.batch_id, b.cloud_id, r.records, COALESCE(e.booked, 0) AS booked, e.first_seen "
            + "FROM ledger_batches b "
            + "JOIN (SELECT batch_id, COUNT(*) AS records FROM ledger_batch_records GROUP BY batch_id) r ON r.batch_id = b.batch_id "
            + "LEFT JOIN (SELECT batch_id, COUNT(*) AS booked, MIN(received_at) AS first_seen FROM ledger_entries GROUP BY batch_id) e "
            + "ON e.batch_id = b.batch_id ORDER BY b.rowid";

    private Version7Ledger() {
    }

    static void book(Connection connection, UsageBatch batch, List<UsageRecord> booked, Instant at) throws SQLException {
        Sql.update(connection, "INSERT INTO ledger_batches (batch_id, cloud_id) VALUES (?, ?)", batch.id().value(), batch.cloudId().value());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ledger_batch_records (batch_id, position, "
                + UsageRecordColumns.COLUMNS + ") VALUES (?, ?, " + UsageRecordColumns.PLACEHOLDERS + ")")) {
            int position = 0;
            for (UsageRecord record : batch.records()) {
                UsageRecordColumns.bind(insert, Sql.bind(insert, 1, batch.id().value(), position++), record);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ledger_entries (batch_id, registration_subscription_id, "
                + "registration_resource_group, registration_name, billed_to, received_at, " + UsageRecordColumns.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, " + UsageRecordColumns.PLACEHOLDERS + ")")) {
            for (UsageRecord record : booked) {
                UsageRecordColumns.bind(insert, Sql.bind(insert, 1, batch.id().value(), "aaaaaaaa-0002-4000-8000-000000000001", "rg",
                        "stamp", record.subscriptionId().value(), StoredInstant.text(at)), record);
                insert.addBatch();
            }
            if (!booked.isEmpty()) {
                insert.executeBatch();
            }
        }
    }
}
