package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.schema.Migrations;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema step 8 on a data directory written by version 7: its batches keep their counts, those that
 * booked records get their first entry's time, the one that booked nothing has none; a batch accepted
 * after the step is listed with its arrival time even when it books nothing; the list has its index.
 */
class LedgerArrivalsMigrationTest {

    private static final CloudId EAST = CloudId.of("eeeeeeee-0003-4000-8000-000000000001");
    private static final CloudId WEST = CloudId.of("ffffffff-0003-4000-8000-000000000001");
    private static final Instant EARLY = Instant.parse("2026-11-21T10:00:00.5Z");

    @TempDir
    Path directory;

    @Test
    void a_version_7_ledger_upgrades_with_its_counts_and_times_and_new_batches_keep_their_arrival() {
        Path file = directory.resolve("emulator.db");
        List<UsageRecord> records = StoredRecords.hours(3, "vm-0");
        UsageBatch first = UsageBatch.of(EAST, records.take(2));
        UsageBatch repeat = UsageBatch.of(WEST, records.take(1));
        UsageBatch partly = UsageBatch.of(WEST, records);
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(7))) {
            old.inTransaction(connection -> {
                Version7Ledger.book(connection, first, first.records(), EARLY);
                Version7Ledger.book(connection, repeat, List.empty(), EARLY.plusSeconds(30));
                Version7Ledger.book(connection, partly, records.drop(2), EARLY.plusSeconds(60));
                return null;
            });
        }

        try (SqliteDatabase upgraded = SqliteDatabase.open(file)) {
            SqliteUsageLedger ledger = new SqliteUsageLedger(upgraded);
            UsageBatch later = UsageBatch.of(EAST, records.drop(1));
            ledger.record(later, EARLY.plusSeconds(90), List.empty());

            assertThat(ledger.batches(Option.none(), 0, 10)).isEqualTo(new ReceivedBatches(4, List.of(
                    new ReceivedBatch(first.id(), EAST, 2, 2, Option.some(EARLY)),
                    new ReceivedBatch(repeat.id(), WEST, 1, 0, Option.none()),
                    new ReceivedBatch(partly.id(), WEST, 3, 1, Option.some(EARLY.plusSeconds(60))),
                    new ReceivedBatch(later.id(), EAST, 2, 0, Option.some(EARLY.plusSeconds(90))))));
            assertThat(ledger.batches(Option.some(WEST), 1, 10).page().map(ReceivedBatch::id)).containsExactly(partly.id());
            List<String> plan = upgraded.read(connection -> Sql.query(connection,
                    "EXPLAIN QUERY PLAN SELECT batch_id FROM ledger_batches WHERE cloud_id = ? ORDER BY rowid",
                    row -> row.getString("detail"), EAST.value()));
            assertThat(plan.mkString("; ")).contains("ledger_batches_by_cloud");
        }
    }
}
