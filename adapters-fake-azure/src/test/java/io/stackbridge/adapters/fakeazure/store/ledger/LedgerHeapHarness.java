package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.adapters.fakeazure.store.InMemoryUsageLedger;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Not a test: a quick harness for the heap a ledger holds per booked record. Books N synthetic
 * records (default 1,000,000; 1,000 resources' meters over N/1,000 hours, in batches of 1,000)
 * through the port as the usage service does (look-up, then record), then prints the used heap
 * after a full GC, before and after. Run with e.g.
 * {@code java -Xmx1g -cp <test classpath> io.stackbridge.adapters.fakeazure.store.ledger.LedgerHeapHarness 1000000}.
 */
public final class LedgerHeapHarness {

    private static final CloudId CLOUD = CloudId.of("cccccccc-0003-4000-8000-000000000001");
    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "azurestack",
            "azurestack-cccccccc-0003-4000-8000-000000000001");
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int SERIES = 1_000;
    private static final List<MeterId> METERS = List.of("fab6eb84-500b-4a09-a8ca-7358f8baaea5", "b9ff3cd0-28aa-4762-84bb-fe8a0c6d3a2c",
            "9cd92d4c-bafd-4492-b278-bedc2de8232a", "6dab500f-a4fd-49c4-956d-229bb9c8c793").map(MeterId::of);

    private LedgerHeapHarness() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long before = usedAfterGc();
        UsageLedgerPort ledger = new InMemoryUsageLedger();
        long started = System.nanoTime();
        int hours = records / SERIES;
        long booked = 0;
        for (int hour = 0; hour < hours; hour++) {
            booked += book(ledger, hour);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "booked %d records in %.1f s; heap %d MB before, %d MB after: %.1f MB (%.0f bytes) per %s records%n",
                booked, seconds, before >> 20, after >> 20, (after - before) / 1e6 * 1_000_000 / booked,
                (double) (after - before) / booked, "1,000,000");
    }

    private static int book(UsageLedgerPort ledger, int hour) {
        UsageWindow window = UsageWindow.startingAt(START.plus(Duration.ofHours(hour)));
        ArrayList<UsageRecord> records = new ArrayList<>(SERIES);
        for (int series = 0; series < SERIES; series++) {
            records.add(record(series, window));
        }
        UsageBatch batch = UsageBatch.of(CLOUD, List.ofAll(records));
        io.vavr.collection.Set<UsageRecordKey> booked = ledger.bookedAmong(batch.records().map(UsageRecord::key));
        Instant now = window.end().plusSeconds(600);
        List<LedgerEntry> entries = batch.records().filter(record -> !booked.contains(record.key()))
                .map(record -> new LedgerEntry(batch.id(), REGISTRATION, record.subscriptionId(), record, now));
        ledger.record(batch, now, entries);
        return entries.size();
    }

    private static UsageRecord record(int series, UsageWindow window) {
        int tenant = series % 25;
        SubscriptionId subscription = SubscriptionId.of(String.format(Locale.ROOT, "%08x-0002-4000-8000-000000000001", tenant + 1));
        String resource = "/subscriptions/" + subscription.value() + "/resourceGroups/workloads-" + tenant
                + "/providers/Microsoft.Compute/virtualMachines/vm-" + series / METERS.size();
        return new UsageRecord(subscription, TenantId.of(String.format(Locale.ROOT, "%08x-0001-4000-8000-000000000001", tenant + 1)),
                METERS.get(series % METERS.size()), new Quantity(BigDecimal.valueOf(series * 7L + window.start().getEpochSecond() % 997, 3)),
                window, resource, "local", LinkedHashMap.of("team", "t" + tenant, "env", "prod"),
                LinkedHashMap.of("vmSize", "Standard_D2"), window.end().plusSeconds(series % 3600));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
