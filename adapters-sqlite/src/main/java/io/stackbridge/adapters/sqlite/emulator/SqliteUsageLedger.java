package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.adapters.sqlite.usage.UsageRecordColumns;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;

/** Azure commerce's ledger in SQLite: a batch, its records and the entries it booked, written in one transaction. */
@Singleton
public final class SqliteUsageLedger implements UsageLedgerPort {

    private static final String INSERT_RECORD = "INSERT INTO ledger_batch_records (batch_id, position, " + UsageRecordColumns.COLUMNS
            + ") VALUES (?, ?, " + UsageRecordColumns.PLACEHOLDERS + ")";
    private static final String INSERT_ENTRY = "INSERT INTO ledger_entries (batch_id, registration_subscription_id, "
            + "registration_resource_group, registration_name, billed_to, received_at, " + UsageRecordColumns.COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, " + UsageRecordColumns.PLACEHOLDERS + ")";

    /** How many keys one look-up binds at most: below SQLite's limit on a statement's parameters. */
    static final int KEYS_PER_QUERY = 500;

    private final SqliteDatabase database;

    @Inject
    public SqliteUsageLedger(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Option<UsageBatch> batch(BatchId id) {
        return database.read(connection -> {
            Option<CloudId> cloud = Sql.first(connection, "SELECT cloud_id FROM ledger_batches WHERE batch_id = ?",
                    row -> CloudId.of(row.getString(1)), id.value());
            return cloud.isEmpty() ? Option.<UsageBatch>none() : Option.some(new UsageBatch(id, cloud.get(), Sql.query(connection,
                    "SELECT * FROM ledger_batch_records WHERE batch_id = ? ORDER BY position", UsageRecordColumns::read, id.value())));
        });
    }

    /** One query per {@value #KEYS_PER_QUERY} keys (SQLite caps the parameters of a statement), all in one read. */
    @Override
    public Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys) {
        Map<String, List<UsageRecordKey>> byText = keys.groupBy(UsageRecordColumns::key).mapValues(Seq::toList);
        if (byText.isEmpty()) {
            return HashSet.empty();
        }
        List<String> booked = database.read(connection -> {
            List<String> found = List.empty();
            for (Seq<String> chunk : byText.keySet().toList().grouped(KEYS_PER_QUERY)) {
                found = found.appendAll(Sql.query(connection, "SELECT record_key FROM ledger_entries WHERE record_key IN ("
                        + chunk.map(text -> "?").mkString(", ") + ")", row -> row.getString(1), chunk.toJavaArray()));
            }
            return found;
        });
        return booked.flatMap(text -> byText.get(text).getOrElse(List.empty())).toSet();
    }

    /**
     * The batch (with its arrival time and its record and booked counts), its records and its entries in
     * one transaction, each table's rows sent as one JDBC batch.
     */
    @Override
    public void record(UsageBatch batch, Instant arrivedAt, Seq<LedgerEntry> entries) {
        database.inTransaction(connection -> {
            Sql.update(connection, "INSERT INTO ledger_batches (batch_id, cloud_id, arrived_at, records, booked) VALUES (?, ?, ?, ?, ?)",
                    batch.id().value(), batch.cloudId().value(), StoredInstant.text(arrivedAt), batch.records().size(), entries.size());
            try (PreparedStatement records = connection.prepareStatement(INSERT_RECORD);
                 PreparedStatement booked = connection.prepareStatement(INSERT_ENTRY)) {
                int position = 0;
                for (UsageRecord record : batch.records()) {
                    int next = Sql.bind(records, 1, batch.id().value(), position++);
                    UsageRecordColumns.bind(records, next, record);
                    records.addBatch();
                }
                records.executeBatch();
                for (LedgerEntry entry : entries) {
                    RegistrationKey registration = entry.registration();
                    int next = Sql.bind(booked, 1, entry.batchId().value(), registration.subscriptionId().value(),
                            registration.resourceGroup().value(), registration.name().value(), entry.billedTo().value(),
                            StoredInstant.text(entry.receivedAt()));
                    UsageRecordColumns.bind(booked, next, entry.record());
                    booked.addBatch();
                }
                if (!entries.isEmpty()) {
                    booked.executeBatch();
                }
            }
            return null;
        });
    }

    /** Reads the entries through one cursor, in one read: only the current row is in memory. */
    @Override
    public void forEachEntry(Consumer<? super LedgerEntry> visitor) {
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM ledger_entries ORDER BY seq");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    visitor.accept(entry(rows));
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

    /** The page and the count of matches in one read, without reading the ledger's records or entries. */
    @Override
    public ReceivedBatches batches(Option<CloudId> cloudId, long skip, int limit) {
        return database.read(connection -> LedgerBatchSummaries.page(connection, cloudId, skip, limit));
    }

    private static LedgerEntry entry(ResultSet row) throws SQLException {
        return new LedgerEntry(BatchId.of(row.getString("batch_id")), RegistrationKey.of(row.getString("registration_subscription_id"),
                row.getString("registration_resource_group"), row.getString("registration_name")),
                SubscriptionId.of(row.getString("billed_to")), UsageRecordColumns.read(row),
                StoredInstant.parse(row.getString("received_at")));
    }
}
