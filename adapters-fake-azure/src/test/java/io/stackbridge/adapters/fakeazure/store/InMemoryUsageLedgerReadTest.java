package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A long read of the in-memory ledger (the portal's chart) does not hold up a push, and still sees every entry. */
class InMemoryUsageLedgerReadTest {

    private static final CloudId CLOUD = CloudId.of("cccccccc-0003-4000-8000-000000000001");
    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final Instant RECEIVED = Instant.parse("2026-11-21T00:00:00Z");

    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();

    private UsageBatch book(String resource, int hours) {
        List<UsageRecord> records = StoredRecords.hours(hours, resource);
        UsageBatch batch = UsageBatch.of(CLOUD, records);
        ledger.record(batch, RECEIVED, records.map(record -> new LedgerEntry(batch.id(), REGISTRATION, record.subscriptionId(), record, RECEIVED)));
        return batch;
    }

    @Test
    void a_push_goes_through_while_a_reader_is_stopped_in_the_middle_of_its_read() throws Exception {
        book("vm-0", 3);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch pushed = new CountDownLatch(1);
        java.util.List<LedgerEntry> seen = new ArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> ledger.forEachEntry(entry -> {
            seen.add(entry);
            reading.countDown();
            try {
                pushed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<UsageBatch> push = CompletableFuture.supplyAsync(() -> book("vm-1", 2));
        UsageBatch second = push.get(10, TimeUnit.SECONDS);
        pushed.countDown();
        reader.get(30, TimeUnit.SECONDS);

        assertThat(ledger.batch(second.id())).isNotEmpty();
        assertThat(seen).as("the read had taken its last chunk before the push").hasSize(3);
        java.util.List<LedgerEntry> after = new ArrayList<>();
        ledger.forEachEntry(after::add);
        assertThat(after).hasSize(5);
    }

    @Test
    void a_read_over_many_chunks_hands_every_entry_once_in_booking_order() {
        int batches = InMemoryUsageLedger.CHUNK_ROWS * 2 / 500 + 1;
        List<String> resources = List.range(0, batches).map(number -> "vm-" + number);
        resources.forEach(resource -> book(resource, 500));
        java.util.List<LedgerEntry> seen = new ArrayList<>();

        ledger.forEachEntry(seen::add);

        assertThat(seen).hasSize(batches * 500).hasSizeGreaterThan(InMemoryUsageLedger.CHUNK_ROWS * 2);
        assertThat(List.ofAll(seen).map(entry -> entry.record().key()))
                .isEqualTo(resources.flatMap(resource -> StoredRecords.hours(500, resource)).map(UsageRecord::key));
    }
}
