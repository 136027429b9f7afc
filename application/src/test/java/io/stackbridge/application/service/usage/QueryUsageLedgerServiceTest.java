package io.stackbridge.application.service.usage;

import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Totals summed while the ledger streams its entries are the totals of the filtered entries, in the same order. */
class QueryUsageLedgerServiceTest {

    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final SubscriptionId PAYER = SubscriptionId.of("dddddddd-0002-4000-8000-000000000001");

    private final List<LedgerEntry> entries = List.range(0, 30).map(hour -> StoredRecords.at(hour % 10,
                    hour % 2 == 0 ? StoredRecords.FIRST : StoredRecords.SECOND, hour % 3 == 0 ? StoredRecords.BASE_VM : StoredRecords.STORAGE,
                    "vm-" + hour % 4, "1." + hour))
            .map(record -> new LedgerEntry(BatchId.of("b1"), REGISTRATION, record.subscriptionId().equals(StoredRecords.FIRST)
                    ? PAYER : record.subscriptionId(), record, Instant.parse("2026-11-21T00:00:00Z")));

    private final QueryUsageLedgerService service = new QueryUsageLedgerService(new StreamedLedger(entries));

    @Test
    void every_filter_gives_the_totals_of_the_matching_entries() {
        Instant from = StoredRecords.DAY.plus(Duration.ofHours(2));
        Instant to = StoredRecords.DAY.plus(Duration.ofHours(7));
        List<Query> queries = List.of(Query.ALL,
                new Query(Option.some(PAYER), Option.none(), Option.none(), Option.none()),
                new Query(Option.none(), Option.some(StoredRecords.STORAGE), Option.some(from), Option.some(to)),
                new Query(Option.some(StoredRecords.SECOND), Option.some(StoredRecords.BASE_VM), Option.none(), Option.some(to)));

        for (Query query : queries) {
            assertThat(service.totals(query)).containsExactlyElementsOf(LedgerTotal.of(entries.filter(entry ->
                    query.billedTo().forAll(entry.billedTo()::equals)
                            && query.meterId().forAll(entry.record().meterId()::equals)
                            && query.from().forAll(start -> !entry.record().window().start().isBefore(start))
                            && query.to().forAll(end -> entry.record().window().start().isBefore(end)))));
        }
        assertThat(service.totals(Query.ALL)).isNotEmpty();
    }

    /** A ledger that only streams its entries. */
    private record StreamedLedger(List<LedgerEntry> entries) implements UsageLedgerPort {

        @Override
        public Option<UsageBatch> batch(BatchId id) {
            return Option.none();
        }

        @Override
        public Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys) {
            return io.vavr.collection.HashSet.empty();
        }

        @Override
        public void record(UsageBatch batch, Instant arrivedAt, Seq<LedgerEntry> newEntries) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEachEntry(Consumer<? super LedgerEntry> visitor) {
            entries.forEach(visitor);
        }

        @Override
        public void forEachBatch(Consumer<? super io.stackbridge.domain.usage.ReceivedBatch> visitor) {
            throw new UnsupportedOperationException();
        }
    }
}
