package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.schema.Migrations;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Not a test: a quick harness for the batch list over a large SQLite ledger. Writes a version 7
 * {@code emulator.db} of N booked records (default 1,000,000, in batches of 100, two clouds in
 * turn), times the version 7 batch list (which counted every batch's records and entries), opens
 * the file at the newest schema (timing steps 8 to 10), then times pages of the list. Each figure is the
 * median of 5 runs after one warm-up. Run with e.g.
 * {@code java -cp <test classpath> io.stackbridge.adapters.sqlite.emulator.BatchListHarness 1000000}.
 */
public final class BatchListHarness {

    private static final CloudId EAST = CloudId.of("eeeeeeee-0003-4000-8000-000000000001");
    private static final CloudId WEST = CloudId.of("ffffffff-0003-4000-8000-000000000001");
    private static final int PER_BATCH = 100;

    private BatchListHarness() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batches = records / PER_BATCH;
        Path file = Files.createTempDirectory("stackbridge-batch-list-").resolve("emulator.db");
        long started = System.nanoTime();
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(7))) {
            for (int from = 0; from < batches; from += 100) {
                int first = from;
                old.inTransaction(connection -> {
                    for (int n = first; n < Math.min(first + 100, batches); n++) {
                        UsageBatch batch = UsageBatch.of(n % 2 == 0 ? EAST : WEST, StoredRecords.hours(PER_BATCH, "vm-" + n));
                        Version7Ledger.book(connection, batch, batch.records(), Instant.now());
                    }
                    return null;
                });
            }
            System.out.printf(Locale.ROOT, "wrote %d records in %d batches in %.1f s (%d MB)%n", batches * PER_BATCH, batches,
                    seconds(started), Files.size(file) >> 20);
            report("version 7: the whole list (every page read it)", () -> old.read(connection -> {
                int rows = 0;
                try (PreparedStatement query = connection.prepareStatement(Version7Ledger.BATCH_LIST); ResultSet read = query.executeQuery()) {
                    while (read.next()) {
                        rows++;
                    }
                }
                return rows;
            }));
        }
        started = System.nanoTime();
        try (SqliteDatabase upgraded = SqliteDatabase.open(file)) {
            System.out.printf(Locale.ROOT, "schema steps 8 to 10 on open: %.1f s%n", seconds(started));
            SqliteUsageLedger ledger = new SqliteUsageLedger(upgraded);
            report("version 8: first page of 100", () -> ledger.batches(Option.none(), 0, 100).page().size());
            report("version 8: last page of 100", () -> ledger.batches(Option.none(), batches - 100, 100).page().size());
            report("version 8: one cloud's first page", () -> ledger.batches(Option.some(WEST), 0, 100).page().size());
            report("version 8: the whole list", () -> {
                int[] rows = {0};
                ledger.forEachBatch(batch -> rows[0]++);
                return rows[0];
            });
        }
    }

    private static void report(String what, Supplier<Integer> run) {
        run.get();
        double[] millis = new double[5];
        int rows = 0;
        for (int round = 0; round < millis.length; round++) {
            long started = System.nanoTime();
            rows = run.get();
            millis[round] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-50s %9.2f ms (%d rows)%n", what, millis[2], rows);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
