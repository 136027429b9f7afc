package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.domain.usage.UsageRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The columns of one usage record in compact form, as the stamp's usage (schema 6) and the emulator's
 * ledger (schema 10) keep it: its hour, the ids of its series and its detail in the shared dictionary,
 * its quantity as exact decimal text and its reported time as seconds and nanoseconds. Used only
 * inside a unit of the database, with its connection.
 */
public final class CompactRecordColumns {

    /** The column names, comma-separated, in the order {@link #bind} fills them and {@link #read} reads them. */
    public static final String COLUMNS = StoredUsageRow.COLUMNS;

    /** One {@code ?} per column. */
    public static final String PLACEHOLDERS = StoredUsageRow.PLACEHOLDERS;

    private final UsageDictionary dictionary;

    public CompactRecordColumns(SqliteDatabase database) {
        this.dictionary = new UsageDictionary(database);
    }

    /** Sets the record's columns from parameter {@code first} on, its series and detail added when new; the next parameter's index. */
    public int bind(Connection connection, PreparedStatement statement, int first, UsageRecord record) throws SQLException {
        return dictionary.rows(connection, java.util.List.of(record)).get(0).bind(statement, first);
    }

    /** The record whose columns the current row holds from column {@code first} on. */
    public UsageRecord read(Connection connection, ResultSet row, int first) throws SQLException {
        StoredUsageRow stored = new StoredUsageRow(row.getLong(first), row.getLong(first + 1), row.getLong(first + 2),
                row.getString(first + 3), row.getLong(first + 4), row.getInt(first + 5));
        return stored.record(dictionary.series(connection, stored.series()), dictionary.detail(connection, stored.detail()));
    }
}
