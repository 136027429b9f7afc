package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.UsageRecord;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.function.IntFunction;

/**
 * The stamp's usage database in SQLite: one compact row per record key in {@code local_usage}, its
 * series and detail kept once in {@link UsageDictionary}, the first record stored under a key kept.
 * The table is kept in reported time order, so a period is one range of it (rows of other
 * subscriptions passed over by their series), put in the port's order here.
 */
@Singleton
public final class SqliteLocalUsageStore implements LocalUsageStorePort {

    private static final IntFunction<String> INSERT = rows -> "INSERT INTO local_usage (" + StoredUsageRow.COLUMNS + ") VALUES "
            + RowInserts.values(rows) + " ON CONFLICT (hour, series) DO NOTHING";
    /** Whole seconds first: the rows of the boundary seconds are then checked to the nanosecond. */
    private static final String PERIOD = " FROM local_usage WHERE reported_second >= ? AND reported_second <= ?";
    private static final Comparator<UsageSeries> SERIES_ORDER = Comparator.comparing(UsageSeries::subscriptionKey)
            .thenComparing(UsageSeries::meterKey)
            .thenComparing(UsageSeries::resourceUri);
    private static final String OF_SUBSCRIPTIONS = " AND series IN (SELECT id FROM usage_series WHERE subscription_key IN (%s))";

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
            RowInserts.insert(connection, INSERT, dictionary.rows(connection, records));
            return null;
        });
    }

    @Override
    public List<UsageRecord> reportedBetween(Instant from, Instant to) {
        return between(from, to, Option.none());
    }

    @Override
    public List<UsageRecord> reportedBetween(Instant from, Instant to, Set<SubscriptionId> subscriptions) {
        return subscriptions.isEmpty() ? List.empty() : between(from, to, Option.some(subscriptions));
    }

    @Override
    public Option<Instant> firstReportedBetween(Instant from, Instant to, Set<SubscriptionId> subscriptions) {
        if (!from.isBefore(to) || subscriptions.isEmpty()) {
            return Option.none();
        }
        return database.read(connection -> {
            try (PreparedStatement select = period(connection, "SELECT reported_second, reported_nano", from, to, Option.some(subscriptions),
                    " ORDER BY reported_second, reported_nano"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant reportedAt = Instant.ofEpochSecond(rows.getLong(1), rows.getInt(2));
                    if (!reportedAt.isBefore(from)) {
                        return reportedAt.isBefore(to) ? Option.some(reportedAt) : Option.<Instant>none();
                    }
                }
            }
            return Option.<Instant>none();
        });
    }

    private List<UsageRecord> between(Instant from, Instant to, Option<Set<SubscriptionId>> subscriptions) {
        if (!from.isBefore(to)) {
            return List.empty();
        }
        return database.read(connection -> {
            ArrayList<StoredUsageRow> found = new ArrayList<>();
            try (PreparedStatement select = period(connection, "SELECT " + StoredUsageRow.COLUMNS, from, to, subscriptions, "");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredUsageRow row = StoredUsageRow.read(rows);
                    Instant reportedAt = row.reportedAt();
                    if (!reportedAt.isBefore(from) && reportedAt.isBefore(to)) {
                        found.add(row);
                    }
                }
            }
            return inOrder(connection, found);
        });
    }

    /** The statement that reads the period, of the subscriptions when given. */
    private static PreparedStatement period(Connection connection, String select, Instant from, Instant to,
                                            Option<Set<SubscriptionId>> subscriptions, String order) throws SQLException {
        String filter = subscriptions.map(some -> String.format(OF_SUBSCRIPTIONS, String.join(", ", Collections.nCopies(some.size(), "?"))))
                .getOrElse("");
        PreparedStatement statement = connection.prepareStatement(select + PERIOD + filter + order);
        try {
            statement.setLong(1, from.getEpochSecond());
            statement.setLong(2, to.getEpochSecond());
            int next = 3;
            for (SubscriptionId subscription : subscriptions.map(Set::toList).getOrElse(List.empty())) {
                statement.setString(next++, subscription.guid().key());
            }
            return statement;
        } catch (SQLException | RuntimeException failed) {
            statement.close();
            throw failed;
        }
    }

    /**
     * The rows as records in the port's order: reported time, then subscription, meter and resource
     * (each series ranked once), then hour.
     */
    private List<UsageRecord> inOrder(Connection connection, ArrayList<StoredUsageRow> rows) throws SQLException {
        HashMap<Long, UsageSeries> series = new HashMap<>();
        for (StoredUsageRow row : rows) {
            if (!series.containsKey(row.series())) {
                series.put(row.series(), dictionary.series(connection, row.series()));
            }
        }
        ArrayList<Long> ranked = new ArrayList<>(series.keySet());
        ranked.sort(Comparator.comparing(id -> series.get(id), SERIES_ORDER));
        HashMap<Long, Integer> rank = new HashMap<>();
        for (int position = 0; position < ranked.size(); position++) {
            rank.put(ranked.get(position), position);
        }
        rows.sort(Comparator.comparingLong(StoredUsageRow::reportedSecond)
                .thenComparingInt(StoredUsageRow::reportedNano)
                .thenComparingInt(row -> rank.get(row.series()))
                .thenComparingLong(StoredUsageRow::hour));
        ArrayList<UsageRecord> records = new ArrayList<>(rows.size());
        for (StoredUsageRow row : rows) {
            records.add(row.record(series.get(row.series()), dictionary.detail(connection, row.detail())));
        }
        return List.ofAll(records);
    }
}
