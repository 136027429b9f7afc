package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.RowMapper;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.JsonText;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.Map;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;

/**
 * The series and details the stamp's usage rows point to ({@code usage_series}, {@code usage_detail}):
 * looked up, or added when new, by value; read back by id. Their rows never change once written, so
 * both directions are cached, until a unit of the database is rolled back (rows it added may be gone,
 * and their ids given again): then the cache starts afresh. Used only inside a unit of the database,
 * with its connection.
 */
@Singleton
public final class UsageDictionary {

    /** How many tags or additional-info maps keep their JSON text cached (by identity) before the cache starts afresh. */
    private static final int JSON_TEXTS = 4096;
    /** How many series keep their id cached by the objects of the records that named them. */
    private static final int SOURCES = 65_536;

    private final SqliteDatabase database;
    private final HashMap<UsageSeries, Long> seriesIds = new HashMap<>();
    private final HashMap<Long, UsageSeries> series = new HashMap<>();
    private final HashMap<UsageDetail, Long> detailIds = new HashMap<>();
    private final HashMap<Long, UsageDetail.Decoded> details = new HashMap<>();
    private final IdentityHashMap<Map<String, String>, String> jsonTexts = new IdentityHashMap<>();
    private final HashMap<Sources, Long> seriesBySources = new HashMap<>();
    private long rollbacksSeen;

    @Inject
    public UsageDictionary(SqliteDatabase database) {
        this.database = database;
        this.rollbacksSeen = database.rollbacks();
    }

    /** The records as rows, their series and details added when new. */
    synchronized ArrayList<StoredUsageRow> rows(Connection connection, Iterable<UsageRecord> records) throws SQLException {
        current();
        ArrayList<StoredUsageRow> rows = new ArrayList<>();
        for (UsageRecord record : records) {
            rows.add(StoredUsageRow.of(record, seriesId(connection, record), detailId(connection, record)));
        }
        return rows;
    }

    /**
     * The id of the record's series, found first by the very objects the record holds: records made
     * by one source share them (a simulated resource's IDs and URI), which spares computing their keys.
     */
    private long seriesId(Connection connection, UsageRecord record) throws SQLException {
        Sources sources = new Sources(record.subscriptionId(), record.meterId(), record.resourceUri());
        Long id = seriesBySources.get(sources);
        if (id == null) {
            if (seriesBySources.size() >= SOURCES) {
                seriesBySources.clear();
            }
            id = seriesId(connection, UsageSeries.of(record.key()));
            seriesBySources.put(sources, id);
        }
        return id;
    }

    /** The id of the record's series, added when new. */
    synchronized long seriesId(Connection connection, UsageSeries identity) throws SQLException {
        current();
        Long id = seriesIds.get(identity);
        if (id == null) {
            id = idOf(connection, "SELECT id FROM usage_series WHERE subscription_key = ? AND meter_key = ? AND resource_uri = ?",
                    "INSERT INTO usage_series (subscription_key, meter_key, resource_uri) VALUES (?, ?, ?)",
                    identity.subscriptionKey(), identity.meterKey(), identity.resourceUri());
            seriesIds.put(identity, id);
            series.put(id, identity);
        }
        return id;
    }

    /** The id of the record's detail, added when new. */
    synchronized long detailId(Connection connection, UsageRecord record) throws SQLException {
        current();
        UsageDetail detail = new UsageDetail(record.subscriptionId().value(), record.tenantId().value(), record.meterId().value(),
                record.location(), jsonText(record.tags()), jsonText(record.additionalInfo()));
        Long id = detailIds.get(detail);
        if (id == null) {
            id = idOf(connection, "SELECT id FROM usage_detail WHERE subscription_id = ? AND tenant_id = ? AND meter_id = ? "
                            + "AND location = ? AND tags = ? AND additional_info = ?",
                    "INSERT INTO usage_detail (subscription_id, tenant_id, meter_id, location, tags, additional_info) VALUES (?, ?, ?, ?, ?, ?)",
                    detail.subscriptionId(), detail.tenantId(), detail.meterId(), detail.location(), detail.tags(), detail.additionalInfo());
            detailIds.put(detail, id);
            details.put(id, detail.decoded());
        }
        return id;
    }

    /** The series stored under {@code id}. */
    synchronized UsageSeries series(Connection connection, long id) throws SQLException {
        current();
        UsageSeries known = series.get(id);
        if (known == null) {
            known = one(connection, "SELECT subscription_key, meter_key, resource_uri FROM usage_series WHERE id = ?", id,
                    row -> new UsageSeries(row.getString(1), row.getString(2), row.getString(3)));
            series.put(id, known);
            seriesIds.put(known, id);
        }
        return known;
    }

    /** The detail stored under {@code id}, decoded. */
    synchronized UsageDetail.Decoded detail(Connection connection, long id) throws SQLException {
        current();
        UsageDetail.Decoded known = details.get(id);
        if (known == null) {
            UsageDetail detail = one(connection,
                    "SELECT subscription_id, tenant_id, meter_id, location, tags, additional_info FROM usage_detail WHERE id = ?", id,
                    row -> new UsageDetail(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6)));
            known = detail.decoded();
            details.put(id, known);
            detailIds.put(detail, id);
        }
        return known;
    }

    /** Drops everything cached when a unit was rolled back since the last look. */
    private void current() {
        long rollbacks = database.rollbacks();
        if (rollbacks != rollbacksSeen) {
            seriesIds.clear();
            series.clear();
            seriesBySources.clear();
            detailIds.clear();
            details.clear();
            rollbacksSeen = rollbacks;
        }
    }

    /** The JSON text of a map; records of one resource share their maps, so it is computed once per map. */
    private String jsonText(Map<String, String> map) {
        String text = jsonTexts.get(map);
        if (text == null) {
            if (jsonTexts.size() >= JSON_TEXTS) {
                jsonTexts.clear();
            }
            text = JsonText.ofMap(map);
            jsonTexts.put(map, text);
        }
        return text;
    }

    /** The objects a record names its series with, compared by identity. */
    private record Sources(Object subscription, Object meter, Object resource) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Sources that && that.subscription == subscription && that.meter == meter && that.resource == resource;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(subscription) * 31 + System.identityHashCode(meter)) * 31 + System.identityHashCode(resource);
        }
    }

    private static <T> T one(Connection connection, String select, long id, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no usage series or detail " + id);
                }
                return mapper.map(row);
            }
        }
    }

    private static long idOf(Connection connection, String select, String insert, String... values) throws SQLException {
        Long found = find(connection, select, values);
        if (found != null) {
            return found;
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bind(statement, values);
            statement.executeUpdate();
        }
        return find(connection, select, values);
    }

    private static Long find(Connection connection, String select, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            bind(statement, values);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static void bind(PreparedStatement statement, String... values) throws SQLException {
        for (int index = 0; index < values.length; index++) {
            statement.setString(index + 1, values[index]);
        }
    }
}
