package io.stackbridge.adapters.cli.e2e;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.emulator.SqliteUsageLedger;
import io.stackbridge.adapters.sqlite.usage.SqliteLocalUsageStore;
import io.stackbridge.adapters.sqlite.usage.SqliteUsageOutbox;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;

/** What the crash test compares, read straight from the two SQLite files: the stamp's usage and outbox, and Azure's ledger. */
final class CrashEvidence {

    private CrashEvidence() {
    }

    /** Every record the stamp's usage system holds. */
    static List<UsageRecord> generated(Path stampDir) {
        return read(stampDir.resolve("stamp.db"), database -> new SqliteLocalUsageStore(database)
                .reportedBetween(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")));
    }

    /** The records still waiting in the stamp's outbox. */
    static Set<UsageRecordKey> pending(Path stampDir) {
        return read(stampDir.resolve("stamp.db"), database -> new SqliteUsageOutbox(database).oldestPending(Integer.MAX_VALUE))
                .map(UsageRecord::key).toSet();
    }

    /** Every entry Azure's usage service booked. */
    static List<LedgerEntry> ledger(Path azureDir) {
        return read(azureDir.resolve("emulator.db"), database -> {
            java.util.List<LedgerEntry> entries = new java.util.ArrayList<>();
            new SqliteUsageLedger(database).forEachEntry(entries::add);
            return List.ofAll(entries);
        });
    }

    /** Quantities summed per meter and usage hour, exactly. */
    static Map<Tuple2<String, Instant>, Quantity> totals(Seq<UsageRecord> records) {
        return records.groupBy(record -> Tuple.of(record.meterId().key(), record.window().start()))
                .mapValues(group -> group.map(UsageRecord::quantity).foldLeft(Quantity.ZERO, Quantity::plus));
    }

    private static <T> T read(Path file, Function<SqliteDatabase, T> query) {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            return query.apply(database);
        }
    }
}
