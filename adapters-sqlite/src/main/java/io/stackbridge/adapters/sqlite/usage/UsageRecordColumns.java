package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.text.JsonText;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The columns of one usage record, the same in every table that holds records (local usage, outbox,
 * ledger): its key text, IDs as written and as looked up, the quantity as decimal text, times as
 * fixed-width UTC text, tags and additional info as JSON objects.
 */
public final class UsageRecordColumns {

    private static final List<String> NAMES = List.of("record_key", "subscription_id", "subscription_key", "tenant_id", "meter_id",
            "meter_key", "quantity", "window_start", "window_end", "resource_uri", "location", "tags", "additional_info", "reported_at");

    /** The column names, comma-separated, in the order {@link #bind} fills them. */
    public static final String COLUMNS = NAMES.mkString(", ");

    /** One {@code ?} per column. */
    public static final String PLACEHOLDERS = NAMES.map(name -> "?").mkString(", ");

    private UsageRecordColumns() {
    }

    /** The identity of a record in storage: its key's canonical text. */
    public static String key(UsageRecordKey key) {
        return key.canonical();
    }

    /** Sets the record's columns from parameter {@code first} on; the index of the next parameter. */
    public static int bind(PreparedStatement statement, int first, UsageRecord record) throws SQLException {
        Object[] values = {key(record.key()), record.subscriptionId().value(), record.subscriptionId().guid().key(),
                record.tenantId().value(), record.meterId().value(), record.meterId().key(), record.quantity().amount().toPlainString(),
                StoredInstant.text(record.window().start()), StoredInstant.text(record.window().end()), record.resourceUri(),
                record.location(), JsonText.ofMap(record.tags()), JsonText.ofMap(record.additionalInfo()),
                StoredInstant.text(record.reportedAt())};
        return Sql.bind(statement, first, values);
    }

    public static UsageRecord read(ResultSet row) throws SQLException {
        return new UsageRecord(
                SubscriptionId.of(row.getString("subscription_id")),
                TenantId.of(row.getString("tenant_id")),
                MeterId.of(row.getString("meter_id")),
                new Quantity(new BigDecimal(row.getString("quantity"))),
                new UsageWindow(StoredInstant.parse(row.getString("window_start")), StoredInstant.parse(row.getString("window_end"))),
                row.getString("resource_uri"),
                row.getString("location"),
                JsonText.toMap(row.getString("tags")),
                JsonText.toMap(row.getString("additional_info")),
                StoredInstant.parse(row.getString("reported_at")));
    }
}
