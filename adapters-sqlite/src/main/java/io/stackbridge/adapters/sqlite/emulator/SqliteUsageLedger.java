package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.adapters.sqlite.usage.CompactRecordColumns;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.function.Consumer;

/**
 * Azure commerce's ledger in SQLite, compact (schema 10): each record a batch carried is one row of
 * {@code ledger_rows}, in the order accepted; the rows the batch booked name their booking and are the
 * ledger's entries. A batch comes back equal to the one accepted, an entry equal to the one booked.
 */
@Singleton
public final class SqliteUsageLedger implements UsageLedgerPort {

    private static final String ROW = "r." + CompactRecordColumns.COLUMNS.replace(", ", ", r.");
    private static final String INSERT_ROW = "INSERT INTO ledger_rows (seq, batch, booking, received_at, " + CompactRecordColumns.COLUMNS
            + ") VALUES (?, ?, ?, ?, " + CompactRecordColumns.PLACEHOLDERS + ")";

    /** Where a batch's rows are: from {@code first} on, {@code count} of them. */
    private record Rows(CloudId cloudId, long first, long count) {
    }

    private final SqliteDatabase database;
    private final CompactRecordColumns columns;
    private final LedgerBookings bookings;

    @Inject
    public SqliteUsageLedger(SqliteDatabase database) {
        this.database = database;
        this.columns = new CompactRecordColumns(database);
        this.bookings = new LedgerBookings(database);
    }

    @Override
    public Option<UsageBatch> batch(BatchId id) {
        return database.read(connection -> {
            Option<Rows> found = Sql.first(connection, "SELECT cloud_id, first_row, records FROM ledger_batches WHERE batch_id = ?",
                    row -> new Rows(CloudId.of(row.getString(1)), row.getLong(2), row.getLong(3)), id.value());
            if (found.isEmpty()) {
                return Option.<UsageBatch>none();
            }
            Rows rows = found.get();
            List<UsageRecord> records = Sql.query(connection, "SELECT " + ROW + " FROM ledger_rows r WHERE r.seq >= ? AND r.seq < ? "
                    + "ORDER BY r.seq", row -> columns.read(connection, row, 1), rows.first(), rows.first() + rows.count());
            return Option.some(new UsageBatch(id, rows.cloudId(), records));
        });
    }

    @Override
    public Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys) {
        return database.read(connection -> LedgerBookedKeys.among(connection, keys));
    }

    /**
     * The batch (with its arrival time, its first row and its record and booked counts) and one row per
     * record in one transaction; a booked row names its booking, and its received time only when it is
     * not the batch's arrival. Each entry must book one of the batch's records, found by key.
     */
    @Override
    public void record(UsageBatch batch, Instant arrivedAt, Seq<LedgerEntry> entries) {
        HashMap<UsageRecordKey, LedgerEntry> byKey = new HashMap<>(entries.size() * 2);
        entries.forEach(entry -> byKey.put(entry.record().key(), entry));
        if (byKey.size() != entries.size()) {
            throw new IllegalArgumentException("two entries book one record of batch " + batch.id());
        }
        database.inTransaction(connection -> {
            long first = Sql.number(connection, "SELECT MAX(seq) FROM ledger_rows") + 1;
            Sql.update(connection, "INSERT INTO ledger_batches (batch_id, cloud_id, arrived_at, records, booked, first_row) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", batch.id().value(), batch.cloudId().value(), StoredInstant.text(arrivedAt),
                    batch.records().size(), entries.size(), first);
            long batchRow = Sql.number(connection, "SELECT last_insert_rowid()");
            try (PreparedStatement rows = connection.prepareStatement(INSERT_ROW)) {
                long seq = first;
                for (UsageRecord record : batch.records()) {
                    LedgerEntry entry = byKey.remove(record.key());
                    Object booking = entry == null ? null : bookings.id(connection, new LedgerBookings.Booking(entry.registration(),
                            entry.billedTo()));
                    Object received = entry == null || entry.receivedAt().equals(arrivedAt) ? null : StoredInstant.text(entry.receivedAt());
                    columns.bind(connection, rows, Sql.bind(rows, 1, seq++, batchRow, booking, received), record);
                    rows.addBatch();
                }
                if (!byKey.isEmpty()) {
                    throw new IllegalArgumentException("an entry books a record batch " + batch.id() + " does not carry");
                }
                rows.executeBatch();
            }
            return null;
        });
    }

    /** Reads the booked rows through one cursor, in one read: only the current row is in memory. */
    @Override
    public void forEachEntry(Consumer<? super LedgerEntry> visitor) {
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT b.batch_id, b.arrived_at, r.booking, r.received_at, " + ROW
                    + " FROM ledger_rows r JOIN ledger_batches b ON b.id = r.batch WHERE r.booking IS NOT NULL ORDER BY r.seq");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    visitor.accept(entry(connection, rows));
                }
            }
            return null;
        });
    }

    /** One read of the batches' own rows, through one cursor (see {@link LedgerBatchSummaries}). */
    @Override
    public void forEachBatch(Consumer<? super ReceivedBatch> visitor) {
        database.read(connection -> {
            LedgerBatchSummaries.forEach(connection, visitor);
            return null;
        });
    }

    /** The page and the count of matches in one read, without reading the ledger's rows. */
    @Override
    public ReceivedBatches batches(Option<CloudId> cloudId, long skip, int limit) {
        return database.read(connection -> LedgerBatchSummaries.page(connection, cloudId, skip, limit));
    }

    private LedgerEntry entry(Connection connection, ResultSet row) throws SQLException {
        LedgerBookings.Booking booking = bookings.booking(connection, row.getLong(3));
        String received = row.getString(4) != null ? row.getString(4) : row.getString(2);
        return new LedgerEntry(BatchId.of(row.getString(1)), booking.registration(), booking.billedTo(), columns.read(connection, row, 5),
                StoredInstant.parse(received));
    }
}
