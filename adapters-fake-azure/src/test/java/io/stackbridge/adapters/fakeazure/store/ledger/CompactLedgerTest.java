package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact ledger gives back exactly what it was given: batches, entries in booking order, booked keys. */
class CompactLedgerTest {

    private static final CloudId CLOUD = CloudId.of("cccccccc-0003-4000-8000-000000000001");
    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final SubscriptionId PAYER = SubscriptionId.of("dddddddd-0002-4000-8000-000000000001");
    private static final Instant RECEIVED = Instant.parse("2026-11-21T00:00:00.123456789Z");

    private final CompactLedger ledger = new CompactLedger();

    @Test
    void a_batch_comes_back_equal_record_for_record_with_its_scales_and_spellings() {
        UsageRecord upper = StoredRecords.at(3, SubscriptionId.of("AAAAAAAA-0002-4000-8000-000000000001"), StoredRecords.STORAGE,
                "vm-x", "2.50");
        UsageRecord lower = StoredRecords.at(4, SubscriptionId.of("aaaaaaaa-0002-4000-8000-000000000001"), StoredRecords.STORAGE,
                "vm-x", "2.5");
        UsageRecord huge = new UsageRecord(StoredRecords.FIRST, StoredRecords.TENANT, StoredRecords.BASE_VM,
                new Quantity(new BigDecimal("123456789012345678901234567890.000000001")), UsageWindow.startingAt(StoredRecords.DAY),
                "/r/odd", "local", LinkedHashMap.of("b", "2", "a", "1"), LinkedHashMap.of("k", "v"),
                Instant.parse("2026-11-20T00:59:59.999Z"));
        UsageBatch batch = UsageBatch.of(CLOUD, List.of(upper, lower, huge).appendAll(StoredRecords.hours(5, "vm-0")));
        ledger.record(batch, RECEIVED, batch.records().map(record -> entry(batch, record)));

        UsageBatch back = ledger.batch(batch.id()).get();
        assertThat(back).isEqualTo(batch);
        assertThat(back.records().map(record -> record.subscriptionId().value() + " " + record.quantity().amount()
                + " " + record.tags().toList()))
                .containsExactlyElementsOf(batch.records().map(record -> record.subscriptionId().value() + " "
                        + record.quantity().amount() + " " + record.tags().toList()));
        assertThat(ledger.batch(UsageBatch.of(CLOUD, StoredRecords.hours(1, "vm-9")).id())).isEmpty();
    }

    @Test
    void entries_come_back_in_booking_order_and_only_booked_records_are_entries() {
        UsageBatch first = UsageBatch.of(CLOUD, StoredRecords.hours(6, "vm-0"));
        List<UsageRecord> bookedFirst = first.records().take(4);
        ledger.record(first, RECEIVED, bookedFirst.map(record -> entry(first, record)));
        UsageBatch second = UsageBatch.of(CLOUD, first.records().appendAll(StoredRecords.hours(2, "vm-1")));
        List<UsageRecord> bookedSecond = second.records().drop(4);
        ledger.record(second, RECEIVED, bookedSecond.map(record -> entry(second, record)));

        assertThat(entries()).containsExactlyElementsOf(bookedFirst.map(record -> entry(first, record))
                .appendAll(bookedSecond.map(record -> entry(second, record))));
        assertThat(ledger.batch(second.id())).contains(second);
        assertThat(ledger.bookedAmong(second.records().map(UsageRecord::key)))
                .containsExactlyInAnyOrderElementsOf(second.records().map(UsageRecord::key));
    }

    @Test
    void a_key_is_booked_whatever_the_case_or_dashes_it_is_asked_with() {
        UsageBatch batch = UsageBatch.of(CLOUD, StoredRecords.hours(3, "vm-0"));
        ledger.record(batch, RECEIVED, batch.records().map(record -> entry(batch, record)));
        UsageRecordKey key = batch.records().head().key();
        UsageRecordKey respelled = new UsageRecordKey(SubscriptionId.of(key.subscriptionId().value().toUpperCase()),
                io.stackbridge.domain.id.MeterId.of(key.meterId().key()), key.resourceUri(), key.window());

        assertThat(ledger.bookedAmong(List.of(respelled))).containsExactly(respelled);
        assertThat(ledger.bookedAmong(List.of(new UsageRecordKey(key.subscriptionId(), key.meterId(), key.resourceUri(),
                key.window().next().next().next())))).isEmpty();
    }

    @Test
    void an_entry_for_a_key_already_booked_or_not_in_its_batch_is_refused_and_changes_nothing() {
        UsageBatch first = UsageBatch.of(CLOUD, StoredRecords.hours(2, "vm-0"));
        ledger.record(first, RECEIVED, first.records().map(record -> entry(first, record)));
        UsageBatch again = UsageBatch.of(CLOUD, StoredRecords.hours(3, "vm-0"));
        UsageBatch other = UsageBatch.of(CLOUD, StoredRecords.hours(1, "vm-5"));

        assertThatThrownBy(() -> ledger.record(again, RECEIVED, again.records().map(record -> entry(again, record))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ledger.record(other, RECEIVED, List.of(entry(other, StoredRecords.at(7, "vm-6")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.record(first, RECEIVED, List.empty())).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.batch(again.id())).isEmpty();
        assertThat(ledger.batch(other.id())).isEmpty();
        assertThat(entries()).hasSize(2);
        assertThat(ledger.bookedAmong(again.records().map(UsageRecord::key))).hasSize(2);
    }

    @Test
    void clearing_forgets_batches_entries_and_keys() {
        UsageBatch batch = UsageBatch.of(CLOUD, StoredRecords.hours(3, "vm-0"));
        ledger.record(batch, RECEIVED, batch.records().map(record -> entry(batch, record)));
        ledger.clear();

        assertThat(ledger.batch(batch.id())).isEmpty();
        assertThat(entries()).isEmpty();
        assertThat(ledger.bookedAmong(batch.records().map(UsageRecord::key))).isEmpty();
        ledger.record(batch, RECEIVED, batch.records().map(record -> entry(batch, record)));
        assertThat(entries()).hasSize(3);
    }

    @Test
    void many_batches_keep_every_key_through_the_tables_growth() {
        List<UsageRecord> all = List.empty();
        for (int vm = 0; vm < 40; vm++) {
            UsageBatch batch = UsageBatch.of(CLOUD, StoredRecords.hours(300, "vm-" + vm));
            ledger.record(batch, RECEIVED, batch.records().map(record -> entry(batch, record)));
            all = all.appendAll(batch.records());
        }
        assertThat(ledger.bookedAmong(all.map(UsageRecord::key))).hasSize(12_000);
        assertThat(entries().map(entry -> entry.record())).containsExactlyElementsOf(all);
    }

    private List<LedgerEntry> entries() {
        ArrayList<LedgerEntry> seen = new ArrayList<>();
        ledger.forEachEntry(seen::add);
        return List.ofAll(seen);
    }

    private static LedgerEntry entry(UsageBatch batch, UsageRecord record) {
        return new LedgerEntry(batch.id(), REGISTRATION, PAYER, record, RECEIVED);
    }
}
