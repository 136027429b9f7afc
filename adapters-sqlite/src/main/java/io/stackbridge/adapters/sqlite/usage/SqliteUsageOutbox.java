package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * The bridge's outbox in SQLite: pending records in {@code outbox_pending}; a confirmed batch moves
 * its keys to {@code outbox_sent} in one transaction, and a key found there is never enqueued again.
 */
@Singleton
public final class SqliteUsageOutbox implements UsageOutboxPort {

    private static final String ENQUEUE = "INSERT INTO outbox_pending (" + UsageRecordColumns.COLUMNS + ") SELECT "
            + UsageRecordColumns.PLACEHOLDERS + " WHERE NOT EXISTS (SELECT 1 FROM outbox_sent WHERE record_key = ?) "
            + "ON CONFLICT (record_key) DO NOTHING";

    private final SqliteDatabase database;

    @Inject
    public SqliteUsageOutbox(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void enqueue(Seq<UsageRecord> records) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(ENQUEUE)) {
                for (UsageRecord record : records) {
                    Sql.bind(insert, UsageRecordColumns.bind(insert, 1, record), UsageRecordColumns.key(record.key()));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<UsageRecord> oldestPending(int max) {
        return database.read(connection -> Sql.query(connection,
                "SELECT * FROM outbox_pending ORDER BY window_start, record_key LIMIT ?", UsageRecordColumns::read, Math.max(max, 0)));
    }

    @Override
    public void markSent(BatchId batch, Seq<UsageRecordKey> keys) {
        database.inTransaction(connection -> {
            for (UsageRecordKey key : keys) {
                String text = UsageRecordColumns.key(key);
                Sql.update(connection, "INSERT INTO outbox_sent (record_key, batch_id) VALUES (?, ?) ON CONFLICT (record_key) DO NOTHING",
                        text, batch.value());
                Sql.update(connection, "DELETE FROM outbox_pending WHERE record_key = ?", text);
            }
            return null;
        });
    }

    @Override
    public int pendingCount() {
        return database.read(connection -> (int) Sql.number(connection, "SELECT COUNT(*) FROM outbox_pending"));
    }

    @Override
    public Option<Instant> oldestPendingHour() {
        return database.read(connection -> Sql.first(connection,
                "SELECT MIN(window_start) FROM outbox_pending", row -> Option.of(row.getString(1)).map(StoredInstant::parse)))
                .flatMap(hour -> hour);
    }
}
