package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
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
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.IntFunction;

/**
 * The bridge's outbox in SQLite: pending records in {@code outbox_pending} (compact rows, their
 * series and details in {@link UsageDictionary}); a confirmed batch moves its records' identities to
 * {@code outbox_sent} in one transaction, and a record whose identity is there is never enqueued again.
 */
@Singleton
public final class SqliteUsageOutbox implements UsageOutboxPort {

    /** The rows, in order, but those already sent. */
    private static final IntFunction<String> ENQUEUE = rows -> "INSERT INTO outbox_pending (" + StoredUsageRow.COLUMNS + ") "
            + "SELECT * FROM (VALUES " + RowInserts.values(rows) + ") AS v "
            + "WHERE NOT EXISTS (SELECT 1 FROM outbox_sent WHERE hour = v.column1 AND series = v.column2) "
            + "ON CONFLICT (hour, series) DO NOTHING";
    /**
     * The rows of every hour up to the one that holds the {@code max}-th oldest row: they hold the
     * page, which is then ordered by key within its hours here (the key's text is not stored).
     */
    private static final String OLDEST_HOURS = "SELECT " + StoredUsageRow.COLUMNS + " FROM outbox_pending WHERE hour <= COALESCE("
            + "(SELECT hour FROM outbox_pending ORDER BY hour LIMIT 1 OFFSET ?), (SELECT MAX(hour) FROM outbox_pending)) ORDER BY hour";
    private static final String SENT = "INSERT INTO outbox_sent (hour, series, batch) VALUES (?, ?, ?) ON CONFLICT (hour, series) DO NOTHING";
    private static final String NOT_PENDING = "DELETE FROM outbox_pending WHERE hour = ? AND series = ?";
    private static final Comparator<UsageRecord> OLDEST_FIRST = Comparator.comparing((UsageRecord record) -> record.window().start())
            .thenComparing(record -> record.key().canonical());

    private final SqliteDatabase database;
    private final UsageDictionary dictionary;

    @Inject
    public SqliteUsageOutbox(SqliteDatabase database, UsageDictionary dictionary) {
        this.database = database;
        this.dictionary = dictionary;
    }

    /** An outbox with a dictionary of its own (tests that build one outbox by hand). */
    public SqliteUsageOutbox(SqliteDatabase database) {
        this(database, new UsageDictionary(database));
    }

    @Override
    public void enqueue(Seq<UsageRecord> records) {
        database.inTransaction(connection -> {
            RowInserts.insert(connection, ENQUEUE, dictionary.rows(connection, records));
            return null;
        });
    }

    @Override
    public List<UsageRecord> oldestPending(int max) {
        if (max <= 0) {
            return List.empty();
        }
        return database.read(connection -> {
            ArrayList<UsageRecord> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(OLDEST_HOURS)) {
                select.setInt(1, max - 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredUsageRow row = StoredUsageRow.read(rows);
                        found.add(row.record(dictionary.series(connection, row.series()), dictionary.detail(connection, row.detail())));
                    }
                }
            }
            found.sort(OLDEST_FIRST);
            return List.ofAll(found.subList(0, Math.min(max, found.size())));
        });
    }

    @Override
    public void markSent(BatchId batch, Seq<UsageRecordKey> keys) {
        database.inTransaction(connection -> {
            Sql.update(connection, "INSERT INTO outbox_batch (batch_id) VALUES (?) ON CONFLICT (batch_id) DO NOTHING", batch.value());
            long batchRow = Sql.number(connection, "SELECT id FROM outbox_batch WHERE batch_id = ?", batch.value());
            try (PreparedStatement sent = connection.prepareStatement(SENT);
                 PreparedStatement notPending = connection.prepareStatement(NOT_PENDING)) {
                for (UsageRecordKey key : keys) {
                    long hour = StoredUsageRow.hourOf(key.window().start());
                    long series = dictionary.seriesId(connection, UsageSeries.of(key));
                    Sql.bind(sent, 1, hour, series, batchRow);
                    sent.executeUpdate();
                    Sql.bind(notPending, 1, hour, series);
                    notPending.executeUpdate();
                }
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
        return database.read(connection -> Sql.first(connection, "SELECT MIN(hour) FROM outbox_pending",
                row -> row.getObject(1) == null ? Option.<Instant>none() : Option.some(Instant.ofEpochSecond(row.getLong(1) * 3600))))
                .flatMap(hour -> hour);
    }
}
