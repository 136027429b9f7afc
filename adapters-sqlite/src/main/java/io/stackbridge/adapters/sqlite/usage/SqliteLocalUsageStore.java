package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * The stamp's usage database in SQLite: one compact row per record key in {@code local_usage}, its
 * series and detail kept once in {@link UsageDictionary}, the first record stored under a key kept.
 * A period is read through the index on reported time, then put in the port's order here.
 */
@Singleton
public final class SqliteLocalUsageStore implements LocalUsageStorePort {

    private static final String INSERT = "INSERT INTO local_usage (" + StoredUsageRow.COLUMNS + ") VALUES (" + StoredUsageRow.PLACEHOLDERS
            + ") ON CONFLICT (hour, series) DO NOTHING";
    /** Whole seconds first: the rows of the boundary seconds are then checked to the nanosecond. */
    private static final String BETWEEN = "SELECT " + StoredUsageRow.COLUMNS
            + " FROM local_usage WHERE reported_second >= ? AND reported_second <= ?";
    private static final String FIRST = "SELECT reported_second, reported_nano FROM local_usage "
            + "WHERE reported_second >= ? AND reported_second <= ? ORDER BY reported_second, reported_nano";

    private final SqliteDatabase database;
    private final UsageDictionary dictionary;

    @Inject
    public SqliteLocalUsageStore(SqliteDatabase database, UsageDictionary dictionary) {
        this.database = database;
        this.dictionary = dictionary;
    }

    /** A store with a dictionary of its own (tests that build one store by hand). */
    public SqliteLocalUsageStore(SqliteDatabase database) {
        this(database, new UsageDictionary(database));
    }

    @Override
    public void append(Seq<UsageRecord> records) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (UsageRecord record : records) {
                    StoredUsageRow.of(record, dictionary.seriesId(connection, UsageSeries.of(record.key())),
                            dictionary.detailId(connection, record)).bind(insert, 1);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<UsageRecord> reportedBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.empty();
        }
        return database.read(connection -> {
            ArrayList<Found> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(BETWEEN)) {
                select.setLong(1, from.getEpochSecond());
                select.setLong(2, to.getEpochSecond());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredUsageRow row = StoredUsageRow.read(rows);
                        Instant reportedAt = row.reportedAt();
                        if (!reportedAt.isBefore(from) && reportedAt.isBefore(to)) {
                            found.add(new Found(row, reportedAt, dictionary.series(connection, row.series())));
                        }
                    }
                }
            }
            found.sort(Found.ORDER);
            return records(connection, found);
        });
    }

    @Override
    public Option<Instant> firstReportedBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Option.none();
        }
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(FIRST)) {
                select.setLong(1, from.getEpochSecond());
                select.setLong(2, to.getEpochSecond());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Instant reportedAt = Instant.ofEpochSecond(rows.getLong(1), rows.getInt(2));
                        if (!reportedAt.isBefore(from)) {
                            return reportedAt.isBefore(to) ? Option.some(reportedAt) : Option.<Instant>none();
                        }
                    }
                }
            }
            return Option.<Instant>none();
        });
    }

    private List<UsageRecord> records(Connection connection, ArrayList<Found> found) throws SQLException {
        ArrayList<UsageRecord> records = new ArrayList<>(found.size());
        for (Found each : found) {
            records.add(each.row().record(each.series(), dictionary.detail(connection, each.row().detail())));
        }
        return List.ofAll(records);
    }

    /** A row of the period with what orders it: reported time, then subscription, meter, resource and hour. */
    private record Found(StoredUsageRow row, Instant reportedAt, UsageSeries series) {
        static final Comparator<Found> ORDER = Comparator.comparing(Found::reportedAt)
                .thenComparing(found -> found.series().subscriptionKey())
                .thenComparing(found -> found.series().meterKey())
                .thenComparing(found -> found.series().resourceUri())
                .thenComparingLong(found -> found.row().hour());
    }
}
