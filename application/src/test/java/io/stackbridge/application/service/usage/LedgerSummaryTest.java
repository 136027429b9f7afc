package io.stackbridge.application.service.usage;

import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.LedgerGroup;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A summary counts and sums exactly, per chosen grouping, under every filter including the sending cloud. */
class LedgerSummaryTest {

    private static final CloudId EAST = CloudId.of("eeeeeeee-0002-4000-8000-000000000001");
    private static final CloudId WEST = CloudId.of("ffffffff-0002-4000-8000-000000000001");
    private static final RegistrationKey STAMP = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");

    private final MapLedger ledger = new MapLedger();
    private final QueryUsageLedgerService service = new QueryUsageLedgerService(ledger);

    LedgerSummaryTest() {
        ledger.book(EAST, List.of(StoredRecords.at(0, StoredRecords.FIRST, StoredRecords.BASE_VM, "vm-1", "0.1"),
                StoredRecords.at(0, StoredRecords.FIRST, StoredRecords.BASE_VM, "vm-2", "0.2"),
                StoredRecords.at(1, StoredRecords.SECOND, StoredRecords.STORAGE, "vm-1", "5")));
        ledger.book(WEST, List.of(StoredRecords.at(1, StoredRecords.FIRST, StoredRecords.STORAGE, "vm-3", "1.25")));
    }

    @Test
    void without_groupings_one_exact_total() {
        LedgerSummary all = service.summary(SummaryQuery.ALL);

        assertThat(all.records()).isEqualTo(4);
        assertThat(all.quantity().toString()).isEqualTo("6.55");
        assertThat(all.groups()).isEmpty();
    }

    @Test
    void decimals_add_without_binary_rounding() {
        LedgerSummary hourZero = service.summary(new SummaryQuery(new Query(Option.none(), Option.none(), Option.none(),
                Option.some(StoredRecords.DAY.plusSeconds(1800))), Option.none(), LinkedHashSet.empty()));

        assertThat(hourZero.records()).isEqualTo(2);
        assertThat(hourZero.quantity().toString()).isEqualTo("0.3");
    }

    @Test
    void groupings_combine_into_one_total_per_combination() {
        LedgerSummary grouped = service.summary(new SummaryQuery(Query.ALL, Option.none(),
                LinkedHashSet.of(LedgerGrouping.SUBSCRIPTION, LedgerGrouping.METER)));

        assertThat(grouped.groups().map(LedgerSummaryTest::spelled)).containsExactly(
                StoredRecords.FIRST + " " + StoredRecords.STORAGE + " 1 1.25",
                StoredRecords.FIRST + " " + StoredRecords.BASE_VM + " 2 0.3",
                StoredRecords.SECOND + " " + StoredRecords.STORAGE + " 1 5");
        assertThat(grouped.groups().head().hour()).isEmpty();
        assertThat(grouped.records()).isEqualTo(4);
    }

    @Test
    void the_cloud_filter_keeps_the_batches_that_cloud_sent() {
        LedgerSummary west = service.summary(new SummaryQuery(Query.ALL, Option.some(WEST), LinkedHashSet.of(LedgerGrouping.HOUR)));

        assertThat(west.records()).isEqualTo(1);
        assertThat(west.quantity().toString()).isEqualTo("1.25");
        assertThat(west.groups().map(group -> group.hour().get().start())).containsExactly(StoredRecords.DAY.plusSeconds(3600));
    }

    @Test
    void subscription_and_meter_filters_narrow_the_count() {
        LedgerSummary first = service.summary(new SummaryQuery(new Query(Option.some(StoredRecords.FIRST),
                Option.some(StoredRecords.STORAGE), Option.none(), Option.none()), Option.some(EAST), LinkedHashSet.empty()));

        assertThat(first).isEqualTo(LedgerSummary.EMPTY);
    }

    private static String spelled(LedgerGroup group) {
        return group.billedTo().get() + " " + group.meterId().get() + " " + group.records() + " " + group.quantity();
    }

    /** A ledger that keeps its batches and entries in plain collections. */
    private static final class MapLedger implements UsageLedgerPort {
        private final Map<BatchId, UsageBatch> batches = new java.util.LinkedHashMap<>();
        private final java.util.List<LedgerEntry> entries = new ArrayList<>();

        void book(CloudId cloud, List<UsageRecord> records) {
            UsageBatch batch = UsageBatch.of(cloud, records);
            Instant arrived = Instant.parse("2026-11-21T00:00:00Z");
            record(batch, arrived, records.map(record -> new LedgerEntry(batch.id(), STAMP, record.subscriptionId(), record, arrived)));
        }

        @Override
        public Option<UsageBatch> batch(BatchId id) {
            return Option.of(batches.get(id));
        }

        @Override
        public Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys) {
            return HashSet.empty();
        }

        @Override
        public void record(UsageBatch batch, Instant arrivedAt, Seq<LedgerEntry> newEntries) {
            batches.put(batch.id(), batch);
            newEntries.forEach(entries::add);
        }

        @Override
        public void forEachEntry(Consumer<? super LedgerEntry> visitor) {
            entries.forEach(visitor);
        }

        @Override
        public void forEachBatch(Consumer<? super io.stackbridge.domain.usage.ReceivedBatch> visitor) {
            batches.values().forEach(batch -> visitor.accept(new io.stackbridge.domain.usage.ReceivedBatch(batch.id(), batch.cloudId(),
                    batch.records().size(), batch.records().size(), Option.none())));
        }
    }
}
