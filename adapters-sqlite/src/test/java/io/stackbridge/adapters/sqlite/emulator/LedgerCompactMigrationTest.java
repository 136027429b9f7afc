package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.schema.Migrations;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema step 10 on a data directory written by version 9: every batch comes back equal to the one
 * accepted, with its counts and time; every entry equal to the one booked, in booking order, with its
 * registration, billed subscription and received time (also one that is not its batch's arrival);
 * the booked keys stay booked, and a batch accepted after the step books only what is new. The pages
 * the old tables held go back to the file system.
 */
class LedgerCompactMigrationTest {

    private static final CloudId EAST = CloudId.of("eeeeeeee-0003-4000-8000-000000000001");
    private static final CloudId WEST = CloudId.of("ffffffff-0003-4000-8000-000000000001");
    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final Instant EARLY = Instant.parse("2026-11-21T10:00:00.5Z");

    @TempDir
    Path directory;

    @Test
    void a_version_9_ledger_upgrades_with_every_batch_and_entry_and_books_only_new_keys_afterwards() {
        Path file = directory.resolve("emulator.db");
        List<UsageRecord> records = StoredRecords.hours(3, "vm-0").append(described());
        UsageBatch first = UsageBatch.of(EAST, records.take(2));
        UsageBatch legacy = UsageBatch.of(WEST, records.take(1));
        UsageBatch partly = UsageBatch.of(WEST, records);
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(9))) {
            old.inTransaction(connection -> {
                book(connection, first, first.records(), EARLY, Option.some(EARLY));
                book(connection, legacy, List.empty(), EARLY.plusSeconds(30), Option.none());
                book(connection, partly, records.drop(2), EARLY.plusSeconds(60), Option.some(EARLY.plusSeconds(59)));
                return null;
            });
        }

        try (SqliteDatabase upgraded = SqliteDatabase.open(file)) {
            SqliteUsageLedger ledger = new SqliteUsageLedger(upgraded);
            assertThat(ledger.batch(first.id())).contains(first);
            assertThat(ledger.batch(legacy.id())).contains(legacy);
            assertThat(ledger.batch(partly.id())).contains(partly);
            assertThat(entries(ledger)).containsExactlyElementsOf(first.records().map(record -> entry(first, record, EARLY))
                    .appendAll(records.drop(2).map(record -> entry(partly, record, EARLY.plusSeconds(60)))));
            assertThat(ledger.bookedAmong(records.map(UsageRecord::key))).containsExactlyInAnyOrderElementsOf(records.map(UsageRecord::key));

            UsageBatch later = UsageBatch.of(EAST, records.take(1).append(StoredRecords.at(7, "vm-1")));
            assertThat(ledger.bookedAmong(later.records().map(UsageRecord::key))).containsExactly(records.head().key());
            assertThatThrownBy(() -> ledger.record(later, EARLY.plusSeconds(90), later.records().map(record -> entry(later, record,
                    EARLY.plusSeconds(90))))).isInstanceOf(RuntimeException.class);
            ledger.record(later, EARLY.plusSeconds(90), later.records().drop(1).map(record -> entry(later, record, EARLY.plusSeconds(90))));

            assertThat(ledger.batches(Option.none(), 0, 10)).isEqualTo(new ReceivedBatches(4, List.of(
                    new ReceivedBatch(first.id(), EAST, 2, 2, Option.some(EARLY)),
                    new ReceivedBatch(legacy.id(), WEST, 1, 0, Option.none()),
                    new ReceivedBatch(partly.id(), WEST, 4, 2, Option.some(EARLY.plusSeconds(59))),
                    new ReceivedBatch(later.id(), EAST, 2, 1, Option.some(EARLY.plusSeconds(90))))));
            assertThat(entries(ledger)).hasSize(5).last().isEqualTo(entry(later, later.records().last(), EARLY.plusSeconds(90)));
            assertThat(upgraded.read(connection -> Sql.query(connection, "SELECT name FROM sqlite_master WHERE name LIKE 'ledger%' "
                    + "ORDER BY name", row -> row.getString(1))).asJava()).containsExactly("ledger_batches", "ledger_batches_by_cloud",
                    "ledger_bookings", "ledger_rows", "ledger_rows_booked");
        }
    }

    @Test
    void the_pages_the_old_ledger_held_are_given_back_to_the_file_system() {
        Path file = directory.resolve("emulator.db");
        long before;
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(9))) {
            old.inTransaction(connection -> {
                for (int n = 0; n < 10; n++) {
                    UsageBatch batch = UsageBatch.of(EAST, StoredRecords.hours(200, "vm-" + n));
                    book(connection, batch, batch.records(), EARLY, Option.some(EARLY));
                }
                return null;
            });
            before = old.read(connection -> Sql.number(connection, "PRAGMA page_count"));
        }

        try (SqliteDatabase upgraded = SqliteDatabase.open(file)) {
            assertThat(entries(new SqliteUsageLedger(upgraded))).hasSize(2000);
            long free = upgraded.read(connection -> Sql.number(connection, "PRAGMA freelist_count"));
            long pages = upgraded.read(connection -> Sql.number(connection, "PRAGMA page_count"));
            assertThat(free).isZero();
            assertThat(pages).isLessThan(before / 4);
        }
    }

    /** A record whose details are not the fixture's: another tenant's subscription, tags, additional info, a fractional quantity. */
    private static UsageRecord described() {
        UsageRecord plain = StoredRecords.at(5, StoredRecords.SECOND, StoredRecords.STORAGE, "disk-1", "0.250");
        return new UsageRecord(plain.subscriptionId(), plain.tenantId(), plain.meterId(), Quantity.of("0.250"),
                UsageWindow.startingAt(plain.window().start()), plain.resourceUri(), "east", LinkedHashMap.of("b", "2", "a", "1"),
                LinkedHashMap.of("note", "x|y"), plain.reportedAt().plusNanos(123_456_789));
    }

    /** Writes a batch as schema version 9 stored it: version 7's rows, and the batch's own arrival time and counts. */
    private static void book(Connection connection, UsageBatch batch, List<UsageRecord> booked, Instant at, Option<Instant> arrived)
            throws SQLException {
        Version7Ledger.book(connection, batch, booked, at);
        Sql.update(connection, "UPDATE ledger_batches SET arrived_at = ?, records = ?, booked = ? WHERE batch_id = ?",
                arrived.map(StoredInstant::text).getOrNull(), batch.records().size(), booked.size(), batch.id().value());
    }

    private static LedgerEntry entry(UsageBatch batch, UsageRecord record, Instant at) {
        return new LedgerEntry(batch.id(), REGISTRATION, record.subscriptionId(), record, at);
    }

    private static java.util.List<LedgerEntry> entries(SqliteUsageLedger ledger) {
        ArrayList<LedgerEntry> seen = new ArrayList<>();
        ledger.forEachEntry(seen::add);
        return seen;
    }
}
