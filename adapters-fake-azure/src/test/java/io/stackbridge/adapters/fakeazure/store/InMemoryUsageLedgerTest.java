package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory ledger's look-up of booked keys: the booked ones among those asked, none after a reset. */
class InMemoryUsageLedgerTest {

    private static final CloudId CLOUD = CloudId.of("cccccccc-0003-4000-8000-000000000001");
    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final Instant RECEIVED = Instant.parse("2026-11-21T00:00:00Z");

    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();

    @Test
    void the_booked_keys_among_those_asked_are_found_and_only_those() {
        List<UsageRecord> records = StoredRecords.hours(10, "vm-0");
        List<UsageRecord> booked = records.zipWithIndex().filter(each -> each._2 % 3 == 0).map(each -> each._1);
        UsageBatch batch = UsageBatch.of(CLOUD, records);
        ledger.record(batch, RECEIVED, booked.map(record -> entry(batch, record)));
        List<UsageRecordKey> asked = records.appendAll(StoredRecords.hours(4, "vm-1")).map(UsageRecord::key);

        assertThat(ledger.bookedAmong(asked)).containsExactlyInAnyOrderElementsOf(booked.map(UsageRecord::key));
        assertThat(ledger.bookedAmong(List.empty())).isEmpty();
        assertThat(ledger.bookedAmong(StoredRecords.hours(4, "vm-1").map(UsageRecord::key))).isEmpty();

        ledger.reset();
        assertThat(ledger.bookedAmong(asked)).isEmpty();
    }

    private static LedgerEntry entry(UsageBatch batch, UsageRecord record) {
        return new LedgerEntry(batch.id(), REGISTRATION, record.subscriptionId(), record, RECEIVED);
    }
}
