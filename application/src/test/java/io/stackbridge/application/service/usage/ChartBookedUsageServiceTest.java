package io.stackbridge.application.service.usage;

import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase.BookedAmount;
import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase.BookedUsage;
import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase.Span;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageGrain;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Booked usage bucketed over the last hours of the emulator's clock: by hour and by UTC day, exact, the span's edges respected. */
class ChartBookedUsageServiceTest {

    private static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "stamp");
    private static final SubscriptionId OWN = REGISTRATION.subscriptionId();
    private static final SubscriptionId CUSTOMER = StoredRecords.FIRST;
    /** Half past one on the day: four hours back reach 22:00 the day before. */
    private static final Instant NOW = StoredRecords.DAY.plusSeconds(5400);

    private static LedgerEntry entry(int hour, SubscriptionId billedTo, MeterId meter, String quantity) {
        return new LedgerEntry(BatchId.of("b1"), REGISTRATION, billedTo, StoredRecords.at(hour, CUSTOMER, meter, "vm-" + hour, quantity), NOW);
    }

    private final List<LedgerEntry> entries = List.of(
            entry(-3, OWN, StoredRecords.BASE_VM, "100"),
            entry(-2, OWN, StoredRecords.BASE_VM, "1.5"),
            entry(-1, CUSTOMER, StoredRecords.BASE_VM, "0.25"),
            entry(0, CUSTOMER, StoredRecords.BASE_VM, "0.5"),
            entry(0, CUSTOMER, StoredRecords.BASE_VM, "0.125"),
            entry(0, CUSTOMER, StoredRecords.STORAGE, "3"),
            entry(1, CUSTOMER, StoredRecords.BASE_VM, "0.000001"),
            entry(2, OWN, StoredRecords.BASE_VM, "100"));

    private final ChartBookedUsageService service = new ChartBookedUsageService(new StreamedLedger(entries), () -> NOW);

    private static Instant hour(int offset) {
        return StoredRecords.DAY.plusSeconds(3600L * offset);
    }

    @Test
    void by_hour_the_buckets_end_with_the_current_hour_and_each_sum_is_exact() {
        BookedUsage usage = service.chart(new Span(UsageGrain.HOUR, 4));

        assertThat(usage.from()).isEqualTo(hour(-2));
        assertThat(usage.to()).isEqualTo(hour(2));
        assertThat(usage.buckets()).containsExactly(hour(-2), hour(-1), hour(0), hour(1));
        assertThat(usage.amounts()).containsExactly(
                new BookedAmount(hour(-2), OWN, true, StoredRecords.BASE_VM, Quantity.of("1.5")),
                new BookedAmount(hour(-1), CUSTOMER, false, StoredRecords.BASE_VM, Quantity.of("0.25")),
                new BookedAmount(hour(0), CUSTOMER, false, StoredRecords.STORAGE, Quantity.of("3")),
                new BookedAmount(hour(0), CUSTOMER, false, StoredRecords.BASE_VM, Quantity.of("0.625")),
                new BookedAmount(hour(1), CUSTOMER, false, StoredRecords.BASE_VM, Quantity.of("0.000001")));
    }

    @Test
    void by_day_the_same_span_is_summed_per_utc_day_and_the_first_day_is_whole() {
        BookedUsage usage = service.chart(new Span(UsageGrain.DAY, 4));

        // four hours back reach 22:00 the day before: the span starts at that day's midnight, so its bar counts
        // the 21:00 hour too (a partial first bar would read as a drop in usage)
        assertThat(usage.from()).isEqualTo(hour(-24));
        assertThat(usage.buckets()).containsExactly(hour(-24), hour(0));
        assertThat(usage.amounts()).containsExactly(
                new BookedAmount(hour(-24), CUSTOMER, false, StoredRecords.BASE_VM, Quantity.of("0.25")),
                new BookedAmount(hour(-24), OWN, true, StoredRecords.BASE_VM, Quantity.of("101.5")),
                new BookedAmount(hour(0), CUSTOMER, false, StoredRecords.STORAGE, Quantity.of("3")),
                new BookedAmount(hour(0), CUSTOMER, false, StoredRecords.BASE_VM, Quantity.of("0.625001")));
    }

    @Test
    void a_span_is_one_hour_to_thirty_days_and_a_grain_is_read_in_any_case() {
        assertThatThrownBy(() -> new Span(UsageGrain.HOUR, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(UsageGrain.HOUR, 721)).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.chart(new Span(UsageGrain.HOUR, 720)).buckets()).hasSize(720);
        assertThat(UsageGrain.parse(" Day ").get()).isEqualTo(UsageGrain.DAY);
        assertThat(UsageGrain.parse("week").isInvalid()).isTrue();
        assertThat(UsageGrain.parse("").isInvalid()).isTrue();
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
        public void forEachBatch(Consumer<? super ReceivedBatch> visitor) {
            throw new UnsupportedOperationException();
        }
    }
}
