package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's look-up of booked keys (a whole batch of keys at once, in chunks below SQLite's
 * parameter limit), its batched writes and its streamed read of entries.
 */
class SqliteUsageLedgerTest {

    private static final CloudId CLOUD = CloudId.of("cccccccc-0003-4000-8000-000000000001");
    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final Instant RECEIVED = Instant.parse("2026-11-21T00:00:00Z");

    private final SqliteDatabase database = SqliteDatabase.inMemory();
    private final SqliteUsageLedger ledger = new SqliteUsageLedger(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void the_booked_keys_among_more_keys_than_one_query_binds_are_found_and_only_those() {
        int count = LedgerBookedKeys.KEYS_PER_QUERY * 2 + 7;
        List<UsageRecord> records = StoredRecords.hours(count, "vm-0");
        List<UsageRecord> booked = records.zipWithIndex().filter(each -> each._2 % 3 == 0).map(each -> each._1);
        UsageBatch batch = UsageBatch.of(CLOUD, records);
        ledger.record(batch, RECEIVED, booked.map(record -> entry(batch, record)));
        List<UsageRecordKey> asked = records.appendAll(StoredRecords.hours(count + 5, "vm-1")).map(UsageRecord::key);

        assertThat(ledger.bookedAmong(asked)).containsExactlyInAnyOrderElementsOf(booked.map(UsageRecord::key));
        assertThat(ledger.bookedAmong(asked.append(booked.head().key()))).hasSize(booked.size());
    }

    @Test
    void no_keys_or_no_booked_key_is_an_empty_set() {
        List<UsageRecord> records = StoredRecords.hours(3, "vm-0");
        UsageBatch batch = UsageBatch.of(CLOUD, records.take(1));
        ledger.record(batch, RECEIVED, List.of(entry(batch, records.head())));

        assertThat(ledger.bookedAmong(List.empty())).isEmpty();
        assertThat(ledger.bookedAmong(records.drop(1).map(UsageRecord::key))).isEmpty();
        assertThat(ledger.bookedAmong(records.map(UsageRecord::key))).containsExactly(records.head().key());
    }

    @Test
    void entries_are_read_one_at_a_time_in_booking_order_and_batches_keep_every_record() {
        UsageBatch first = UsageBatch.of(CLOUD, StoredRecords.hours(5, "vm-0"));
        ledger.record(first, RECEIVED, first.records().take(3).map(record -> entry(first, record)));
        UsageBatch second = UsageBatch.of(CLOUD, first.records().appendAll(StoredRecords.hours(2, "vm-1")));
        ledger.record(second, RECEIVED, second.records().drop(3).map(record -> entry(second, record)));
        UsageBatch nothingNew = UsageBatch.of(CLOUD, first.records().take(2));
        ledger.record(nothingNew, RECEIVED, List.empty());

        java.util.List<LedgerEntry> seen = new java.util.ArrayList<>();
        ledger.forEachEntry(seen::add);

        assertThat(seen).containsExactlyElementsOf(first.records().take(3).map(record -> entry(first, record))
                .appendAll(second.records().drop(3).map(record -> entry(second, record))));
        assertThat(ledger.batch(second.id())).contains(second);
        assertThat(ledger.batch(nothingNew.id())).contains(nothingNew);
    }

    private static LedgerEntry entry(UsageBatch batch, UsageRecord record) {
        return new LedgerEntry(batch.id(), REGISTRATION, record.subscriptionId(), record, RECEIVED);
    }
}
