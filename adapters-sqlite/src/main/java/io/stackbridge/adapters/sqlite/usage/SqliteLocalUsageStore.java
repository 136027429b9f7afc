package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.time.Instant;

/** The stamp's usage database in SQLite: one row per record key, the first record stored under a key kept. */
@Singleton
public final class SqliteLocalUsageStore implements LocalUsageStorePort {

    private static final String INSERT = "INSERT INTO local_usage (" + UsageRecordColumns.COLUMNS + ") VALUES ("
            + UsageRecordColumns.PLACEHOLDERS + ") ON CONFLICT (record_key) DO NOTHING";
    private static final String BETWEEN = "SELECT * FROM local_usage WHERE reported_at >= ? AND reported_at < ? "
            + "ORDER BY reported_at, subscription_key, meter_key, resource_uri, window_start";

    private final SqliteDatabase database;

    @Inject
    public SqliteLocalUsageStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void append(Seq<UsageRecord> records) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (UsageRecord record : records) {
                    UsageRecordColumns.bind(insert, 1, record);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<UsageRecord> reportedBetween(Instant from, Instant to) {
        return database.read(connection -> Sql.query(connection, BETWEEN, UsageRecordColumns::read,
                StoredInstant.text(from), StoredInstant.text(to)));
    }
}
