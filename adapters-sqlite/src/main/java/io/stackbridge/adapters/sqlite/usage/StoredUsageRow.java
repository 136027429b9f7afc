package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One record as {@code local_usage} and {@code outbox_pending} hold it: its hour (whole hours since
 * the epoch), the ids of its series and its detail, its quantity as exact decimal text and the
 * instant it was reported (seconds since the epoch and nanoseconds within the second).
 */
record StoredUsageRow(long hour, long series, long detail, String quantity, long reportedSecond, int reportedNano) {

    /** The columns, in the order {@link #bind} fills them and {@link #read} reads them. */
    static final String COLUMNS = "hour, series, detail, quantity, reported_second, reported_nano";
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?";

    private static final long SECONDS_PER_HOUR = 3600;

    static StoredUsageRow of(UsageRecord record, long series, long detail) {
        return new StoredUsageRow(hourOf(record.window().start()), series, detail, record.quantity().amount().toPlainString(),
                record.reportedAt().getEpochSecond(), record.reportedAt().getNano());
    }

    /** The hour that starts at {@code start}, as stored. */
    static long hourOf(Instant start) {
        return Math.floorDiv(start.getEpochSecond(), SECONDS_PER_HOUR);
    }

    /** The usage window of a stored hour. */
    static UsageWindow window(long hour) {
        return UsageWindow.startingAt(Instant.ofEpochSecond(hour * SECONDS_PER_HOUR));
    }

    static StoredUsageRow read(ResultSet row) throws SQLException {
        return new StoredUsageRow(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), row.getLong(5), row.getInt(6));
    }

    /** Sets the row's columns from parameter {@code first} on; the index of the next parameter. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        statement.setLong(first, hour);
        statement.setLong(first + 1, series);
        statement.setLong(first + 2, detail);
        statement.setString(first + 3, quantity);
        statement.setLong(first + 4, reportedSecond);
        statement.setInt(first + 5, reportedNano);
        return first + 6;
    }

    Instant reportedAt() {
        return Instant.ofEpochSecond(reportedSecond, reportedNano);
    }

    /** The record again, from its series and its detail. */
    UsageRecord record(UsageSeries identity, UsageDetail.Decoded described) {
        return new UsageRecord(described.subscriptionId(), described.tenantId(), described.meterId(), new Quantity(new BigDecimal(quantity)),
                window(hour), identity.resourceUri(), described.location(),
                described.tags(), described.additionalInfo(), reportedAt());
    }
}
