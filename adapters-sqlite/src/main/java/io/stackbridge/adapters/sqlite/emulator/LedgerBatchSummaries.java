package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The accepted batches' summaries as {@code ledger_batches} keeps them (schema 8: arrival time,
 * record and booked counts in the batch's own row), in the order accepted ({@code rowid}): all of
 * them through one cursor, or one page, which reads only the page's rows and the count of matches
 * (of one cloud through the {@code ledger_batches_by_cloud} index), never the ledger's records.
 */
final class LedgerBatchSummaries {

    private static final String COLUMNS = "SELECT batch_id, cloud_id, records, booked, arrived_at FROM ledger_batches ";

    private LedgerBatchSummaries() {
    }

    static void forEach(Connection connection, Consumer<? super ReceivedBatch> visitor) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + "ORDER BY rowid"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                visitor.accept(summary(rows));
            }
        }
    }

    static ReceivedBatches page(Connection connection, Option<CloudId> cloudId, long skip, int limit) throws SQLException {
        String where = cloudId.isDefined() ? "WHERE cloud_id = ? " : "";
        Object[] cloud = cloudId.map(id -> new Object[] {id.value()}).getOrElse(new Object[0]);
        long total = Sql.number(connection, "SELECT COUNT(*) FROM ledger_batches " + where, cloud);
        Object[] window = cloudId.map(id -> new Object[] {id.value(), limit, skip}).getOrElse(new Object[] {limit, skip});
        return new ReceivedBatches(total, Sql.query(connection, COLUMNS + where + "ORDER BY rowid LIMIT ? OFFSET ?",
                LedgerBatchSummaries::summary, window));
    }

    private static ReceivedBatch summary(ResultSet row) throws SQLException {
        return new ReceivedBatch(BatchId.of(row.getString("batch_id")), CloudId.of(row.getString("cloud_id")), row.getInt("records"),
                row.getInt("booked"), Option.of(row.getString("arrived_at")).map(StoredInstant::parse));
    }
}
