package io.stackbridge.application.contract;

import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.application.service.usage.QueryUsageLedgerService;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every usage ledger store promises about its batches' summaries (in the order accepted, with
 * their cloud, record and booked counts and arrival time, also for a batch that booked nothing),
 * their pages, and that a summary read through it is exact. Run by one subclass per adapter.
 */
public abstract class UsageLedgerContract {

    private static final CloudId EAST = CloudId.of("eeeeeeee-0003-4000-8000-000000000001");
    private static final CloudId WEST = CloudId.of("ffffffff-0003-4000-8000-000000000001");
    private static final RegistrationKey STAMP = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final Instant FIRST_SEEN = Instant.parse("2026-11-21T00:00:00.123Z");

    /** A fresh, empty ledger; called once per test. */
    protected abstract UsageLedgerPort createLedger();

    private UsageLedgerPort ledger;

    private UsageBatch book(UsageLedgerPort into, CloudId cloud, List<UsageRecord> records, List<UsageRecord> booked, Instant at) {
        UsageBatch batch = UsageBatch.of(cloud, records);
        into.record(batch, at, booked.map(record -> new LedgerEntry(batch.id(), STAMP, record.subscriptionId(), record, at)));
        return batch;
    }

    private List<UsageBatch> bookThree() {
        ledger = createLedger();
        UsageRecord first = StoredRecords.at(0, StoredRecords.FIRST, StoredRecords.BASE_VM, "vm-1", "0.1");
        UsageRecord second = StoredRecords.at(0, StoredRecords.FIRST, StoredRecords.BASE_VM, "vm-2", "0.2");
        UsageRecord third = StoredRecords.at(1, StoredRecords.SECOND, StoredRecords.STORAGE, "vm-1", "5");
        return List.of(book(ledger, EAST, List.of(first, second), List.of(first, second), FIRST_SEEN),
                book(ledger, WEST, List.of(second, third), List.of(third), FIRST_SEEN.plusSeconds(60)),
                book(ledger, WEST, List.of(first), List.empty(), FIRST_SEEN.plusSeconds(120)));
    }

    @Test
    void batches_come_in_the_order_accepted_with_their_counts_and_arrival_time_even_when_they_booked_nothing() {
        List<UsageBatch> booked = bookThree();
        java.util.List<ReceivedBatch> listed = new ArrayList<>();
        ledger.forEachBatch(listed::add);

        assertThat(listed).containsExactly(
                new ReceivedBatch(booked.get(0).id(), EAST, 2, 2, Option.some(FIRST_SEEN)),
                new ReceivedBatch(booked.get(1).id(), WEST, 2, 1, Option.some(FIRST_SEEN.plusSeconds(60))),
                new ReceivedBatch(booked.get(2).id(), WEST, 1, 0, Option.some(FIRST_SEEN.plusSeconds(120))));
    }

    @Test
    void the_batch_list_pages_and_filters_by_cloud() {
        List<UsageBatch> booked = bookThree();
        ReceivedBatches west = new QueryUsageLedgerService(ledger).batches(new BatchQuery(Option.some(WEST), 1, 5));
        ReceivedBatches firstOnly = new QueryUsageLedgerService(ledger).batches(new BatchQuery(Option.none(), 0, 1));

        assertThat(west.total()).isEqualTo(2);
        assertThat(west.page().map(ReceivedBatch::id)).containsExactly(booked.get(2).id());
        assertThat(firstOnly.total()).isEqualTo(3);
        assertThat(firstOnly.page().map(ReceivedBatch::id)).containsExactly(booked.get(0).id());
    }

    @Test
    void a_page_past_the_end_is_empty_and_still_counts_every_match() {
        List<UsageBatch> booked = bookThree();

        assertThat(ledger.batches(Option.none(), 3, 10)).isEqualTo(new ReceivedBatches(3, List.empty()));
        assertThat(ledger.batches(Option.some(EAST), 1, 10)).isEqualTo(new ReceivedBatches(1, List.empty()));
        assertThat(ledger.batches(Option.none(), 1, 0).total()).isEqualTo(3);
        assertThat(ledger.batches(Option.some(WEST), 0, 1).page().map(ReceivedBatch::id)).containsExactly(booked.get(1).id());
        assertThat(createLedger().batches(Option.none(), 0, 10)).isEqualTo(new ReceivedBatches(0, List.empty()));
    }

    @Test
    void a_summary_read_through_the_store_is_exact() {
        bookThree();
        QueryUsageLedgerService query = new QueryUsageLedgerService(ledger);
        LedgerSummary east = query.summary(new SummaryQuery(Query.ALL, Option.some(EAST), LinkedHashSet.of(LedgerGrouping.METER)));
        LedgerSummary all = query.summary(new SummaryQuery(Query.ALL, Option.none(), LinkedHashSet.of(LedgerGrouping.REGISTRATION)));

        assertThat(east.records()).isEqualTo(2);
        assertThat(east.quantity().toString()).isEqualTo("0.3");
        assertThat(east.groups()).hasSize(1);
        assertThat(all.records()).isEqualTo(3);
        assertThat(all.quantity().toString()).isEqualTo("5.3");
        assertThat(all.groups().map(group -> group.registration().get())).containsExactly(STAMP);
    }
}
