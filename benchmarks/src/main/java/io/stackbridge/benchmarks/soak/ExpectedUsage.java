package io.stackbridge.benchmarks.soak;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.usage.SqliteLocalUsageStore;
import io.stackbridge.adapters.sqlite.usage.SqliteUsageOutbox;
import io.stackbridge.domain.usage.UsageRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * What the stamp generated, read from its {@code stamp.db} a week of reported time at a time (so a
 * million records never sit in memory at once), totalled as Azure should book them: billed to the
 * customer subscription onboarded for the record's tenant, else to the registration's subscription.
 */
final class ExpectedUsage {

    private static final Duration SLICE = Duration.ofDays(7);

    private ExpectedUsage() {
    }

    static LedgerTotals read(Path stampDir, Instant from, Instant to, Map<String, String> billedByTenant, String registrationSubscription) {
        LedgerTotals expected = new LedgerTotals();
        try (SqliteDatabase database = SqliteDatabase.open(stampDir.resolve("stamp.db"))) {
            SqliteLocalUsageStore store = new SqliteLocalUsageStore(database);
            for (Instant start = from; start.isBefore(to); start = start.plus(SLICE)) {
                Instant end = start.plus(SLICE).isAfter(to) ? to : start.plus(SLICE);
                for (UsageRecord record : store.reportedBetween(start, end)) {
                    String tenant = record.tenantId().value().toLowerCase(Locale.ROOT);
                    String billed = billedByTenant.getOrDefault(tenant, registrationSubscription);
                    expected.add(LedgerTotals.Key.of(billed, record.meterId().value(), record.window().start()), record.quantity().amount());
                }
            }
        }
        return expected;
    }

    /** How many records wait in the stamp's outbox. */
    static int pending(Path stampDir) {
        try (SqliteDatabase database = SqliteDatabase.open(stampDir.resolve("stamp.db"))) {
            return new SqliteUsageOutbox(database).pendingCount();
        }
    }
}
