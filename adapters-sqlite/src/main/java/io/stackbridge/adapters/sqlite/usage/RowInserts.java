package io.stackbridge.adapters.sqlite.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Stores usage rows {@link #ROWS} to a statement ({@code VALUES (…), (…), …}) rather than one: a
 * statement run costs several calls into SQLite whatever its size, so a million rows cost a few
 * thousand runs instead of a million. Rows are taken in order, so the first of two rows with one key wins.
 */
final class RowInserts {

    static final int ROWS = 64;

    private RowInserts() {
    }

    /** {@code (?, ?, ?, ?, ?, ?)} once per row, comma-separated. */
    static String values(int rows) {
        return String.join(", ", Collections.nCopies(rows, "(" + StoredUsageRow.PLACEHOLDERS + ")"));
    }

    /** Runs {@code statementFor(n)}, a statement for {@code n} rows, over all the rows. */
    static void insert(Connection connection, IntFunction<String> statementFor, List<StoredUsageRow> rows) throws SQLException {
        int whole = rows.size() / ROWS * ROWS;
        if (whole > 0) {
            try (PreparedStatement statement = connection.prepareStatement(statementFor.apply(ROWS))) {
                for (int start = 0; start < whole; start += ROWS) {
                    run(statement, rows.subList(start, start + ROWS));
                }
            }
        }
        if (whole < rows.size()) {
            try (PreparedStatement statement = connection.prepareStatement(statementFor.apply(rows.size() - whole))) {
                run(statement, rows.subList(whole, rows.size()));
            }
        }
    }

    private static void run(PreparedStatement statement, List<StoredUsageRow> rows) throws SQLException {
        int next = 1;
        for (StoredUsageRow row : rows) {
            next = row.bind(statement, next);
        }
        statement.executeUpdate();
    }
}
