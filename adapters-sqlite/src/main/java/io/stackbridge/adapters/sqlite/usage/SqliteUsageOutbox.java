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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
    private static final String SENT = "INSERT INTO outbox_sent (hour, series, batch) VALUES ";
    private static final String SENT_CONFLICT = " ON CONFLICT (hour, series) DO NOTHING";
    /** One key at a time: a list of (hour, series) pairs would make SQLite scan the whole table. */
    private static final String NOT_PENDING = "DELETE FROM outbox_pending WHERE hour = ? AND series = ?";

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

    /** Reads the hours that hold the page, orders their rows by hour and key text, and decodes only the page. */
    @Override
    public List<UsageRecord> oldestPending(int max) {
        if (max <= 0) {
            return List.empty();
        }
        return database.read(connection -> {
            ArrayList<Pending> found = new ArrayList<>();
            HashMap<Long, String> hourTexts = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(OLDEST_HOURS)) {
                select.setInt(1, max - 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredUsageRow row = StoredUsageRow.read(rows);
                        UsageSeries identity = dictionary.series(connection, row.series());
                        UsageDetail.Decoded described = dictionary.detail(connection, row.detail());
                        String key = identity.keyText(hourTexts.computeIfAbsent(row.hour(), UsageSeries::hourText));
                        found.add(new Pending(row, key, identity, described));
                    }
                }
            }
            found.sort(Pending.OLDEST_FIRST);
            return List.ofAll(found.subList(0, Math.min(max, found.size()))).map(Pending::record);
        });
    }

    /**
     * Marks the keys sent, {@link RowInserts#ROWS} keys to a statement, and takes them out of the
     * pending rows, in one transaction.
     */
    @Override
    public void markSent(BatchId batch, Seq<UsageRecordKey> keys) {
        database.inTransaction(connection -> {
            Sql.update(connection, "INSERT INTO outbox_batch (batch_id) VALUES (?) ON CONFLICT (batch_id) DO NOTHING", batch.value());
            long batchRow = Sql.number(connection, "SELECT id FROM outbox_batch WHERE batch_id = ?", batch.value());
            ArrayList<long[]> identities = new ArrayList<>();
            for (UsageRecordKey key : keys) {
                identities.add(new long[] {StoredUsageRow.hourOf(key.window().start()), dictionary.seriesId(connection, UsageSeries.of(key))});
            }
            for (int start = 0; start < identities.size(); start += RowInserts.ROWS) {
                var some = identities.subList(start, Math.min(identities.size(), start + RowInserts.ROWS));
                try (PreparedStatement sent = connection.prepareStatement(SENT + pairs(some.size(), "(?, ?, ?)") + SENT_CONFLICT)) {
                    int next = 1;
                    for (long[] identity : some) {
                        sent.setLong(next++, identity[0]);
                        sent.setLong(next++, identity[1]);
                        sent.setLong(next++, batchRow);
                    }
                    sent.executeUpdate();
                }
            }
            try (PreparedStatement notPending = connection.prepareStatement(NOT_PENDING)) {
                for (long[] identity : identities) {
                    notPending.setLong(1, identity[0]);
                    notPending.setLong(2, identity[1]);
                    notPending.executeUpdate();
                }
            }
            return null;
        });
    }

    private static String pairs(int count, String one) {
        return String.join(", ", Collections.nCopies(count, one));
    }

    /** A pending row with its key's text, which orders it within its hour. */
    private record Pending(StoredUsageRow row, String key, UsageSeries identity, UsageDetail.Decoded described) {
        static final Comparator<Pending> OLDEST_FIRST = Comparator.comparingLong((Pending pending) -> pending.row().hour())
                .thenComparing(Pending::key);

        UsageRecord record() {
            return row.record(identity, described);
        }
    }

    @Override
    public int pendingCount() {
        return database.read(connection -> (int) Sql.number(connection, "SELECT COUNT(*) FROM outbox_pending"));
    }

    @Override
    public Option<Instant> oldestPendingHour() {
        return database.read(connection -> Sql.first(connection, "SELECT MIN(hour) FROM outbox_pending",
                row -> row.getObject(1) == null ? Option.<Instant>none() : Option.some(StoredUsageRow.window(row.getLong(1)).start())))
                .flatMap(hour -> hour);
    }
}
