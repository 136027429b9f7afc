package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;

/**
 * Which record keys the ledger booked (schema 10): a key is its series (subscription and meter keys,
 * resource) and its hour; a booked row is one that names its booking, found through the
 * {@code ledger_rows_booked} index. {@value #KEYS_PER_QUERY} keys to a query, four parameters each.
 */
final class LedgerBookedKeys {

    static final int KEYS_PER_QUERY = 200;

    private LedgerBookedKeys() {
    }

    static Set<UsageRecordKey> among(Connection connection, Seq<UsageRecordKey> keys) throws SQLException {
        Map<String, List<UsageRecordKey>> byText = keys.groupBy(LedgerBookedKeys::text).mapValues(Seq::toList);
        ArrayList<UsageRecordKey> found = new ArrayList<>();
        for (Seq<List<UsageRecordKey>> chunk : byText.values().toList().grouped(KEYS_PER_QUERY)) {
            try (PreparedStatement query = connection.prepareStatement(query(chunk.size()))) {
                int next = 1;
                for (List<UsageRecordKey> same : chunk) {
                    UsageRecordKey key = same.head();
                    query.setString(next++, key.subscriptionId().guid().key());
                    query.setString(next++, key.meterId().key());
                    query.setString(next++, key.resourceUri());
                    query.setLong(next++, hour(key));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String text = rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|" + rows.getLong(4);
                        found.addAll(byText.get(text).getOrElse(List.empty()).asJava());
                    }
                }
            }
        }
        return found.isEmpty() ? HashSet.empty() : HashSet.ofAll(found);
    }

    private static String query(int keys) {
        return "SELECT s.subscription_key, s.meter_key, s.resource_uri, r.hour FROM (VALUES "
                + String.join(", ", Collections.nCopies(keys, "(?, ?, ?, ?)")) + ") AS k "
                + "JOIN usage_series s ON s.subscription_key = k.column1 AND s.meter_key = k.column2 AND s.resource_uri = k.column3 "
                + "JOIN ledger_rows r ON r.series = s.id AND r.hour = k.column4 AND r.booking IS NOT NULL";
    }

    private static String text(UsageRecordKey key) {
        return key.subscriptionId().guid().key() + "|" + key.meterId().key() + "|" + key.resourceUri() + "|" + hour(key);
    }

    private static long hour(UsageRecordKey key) {
        return Math.floorDiv(key.window().start().getEpochSecond(), 3600);
    }
}
