package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Not a test: the ledger's size on disk. Books N records (default 1,000,000) through the adapter as the
 * booking does (batch look-up, booked keys, then the batch and its entries, one transaction a batch of
 * 1,000: ten VMs, a hundred hours each, three subscriptions in turn), closes the file (the WAL is folded
 * in), prints bytes per record, then times the batch list's first page, the whole list and the sum of
 * the ledger. Run with e.g.
 * {@code java -cp <test classpath> io.stackbridge.adapters.sqlite.emulator.LedgerDiskHarness 1000000}.
 */
public final class LedgerDiskHarness {

    private static final CloudId CLOUD = CloudId.of("eeeeeeee-0003-4000-8000-000000000001");
    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final int PER_BATCH = 1000;

    private LedgerDiskHarness() {
    }

    public static void main(String[] args) throws Exception {
        int batches = (args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000) / PER_BATCH;
        Path file = Files.createTempDirectory("stackbridge-ledger-disk-").resolve("emulator.db");
        long started = System.nanoTime();
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            SqliteUsageLedger ledger = new SqliteUsageLedger(database);
            for (int n = 0; n < batches; n++) {
                UsageBatch batch = batch(n);
                Instant now = Instant.now();
                if (ledger.batch(batch.id()).isDefined() || !ledger.bookedAmong(batch.records().map(UsageRecord::key)).isEmpty()) {
                    throw new IllegalStateException("batch " + n + " was booked before");
                }
                ledger.record(batch, now, batch.records().map(record -> new LedgerEntry(batch.id(), REGISTRATION,
                        record.subscriptionId(), record, now)));
            }
        }
        long records = (long) batches * PER_BATCH;
        long bytes = Files.size(file);
        System.out.printf(Locale.ROOT, "booked %d records in %d batches in %.1f s: %d bytes, %.0f bytes per record%n", records, batches,
                seconds(started), bytes, (double) bytes / records);
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            SqliteUsageLedger ledger = new SqliteUsageLedger(database);
            time("first page of 100 batches", () -> ledger.batches(Option.none(), 0, 100).page().size());
            time("the whole batch list", () -> {
                long[] count = {0};
                ledger.forEachBatch(batch -> count[0]++);
                return count[0];
            });
            time("the sum of the ledger", () -> {
                BigDecimal[] sum = {BigDecimal.ZERO};
                ledger.forEachEntry(entry -> sum[0] = sum[0].add(entry.record().quantity().amount()));
                return sum[0].longValue();
            });
            UsageBatch middle = batch(batches / 2);
            time("one batch read back", () -> (long) ledger.batch(middle.id()).get().records().size());
        }
    }

    private static UsageBatch batch(int n) {
        SubscriptionId subscription = List.of(StoredRecords.FIRST, StoredRecords.SECOND,
                SubscriptionId.of("33333333-0002-4000-8000-000000000001")).get(n % 3);
        List<UsageRecord> records = List.range(0, PER_BATCH).map(i -> StoredRecords.at(n / 10 * 100 + i % 100, subscription,
                StoredRecords.BASE_VM, "vm-" + (n % 10) + "-" + i / 100, "1." + i));
        return UsageBatch.of(CLOUD, records);
    }

    private static void time(String what, java.util.function.LongSupplier run) {
        long started = System.nanoTime();
        long result = run.getAsLong();
        System.out.printf(Locale.ROOT, "%-30s %9.1f ms (%d)%n", what, (System.nanoTime() - started) / 1e6, result);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
