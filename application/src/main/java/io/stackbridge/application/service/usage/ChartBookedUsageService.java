package io.stackbridge.application.service.usage;

import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageGrain;
import io.vavr.collection.List;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the ledger one entry at a time and sums, per bucket, billed subscription and meter, the entries
 * whose usage hour starts within the span: from the start of the current hour of the emulator's clock,
 * {@code hours - 1} hours back (down to the start of its bucket, so that a day's first bar is whole), to
 * the end of the current hour.
 */
public final class ChartBookedUsageService implements ChartBookedUsageUseCase {

    private static final Comparator<BookedAmount> ORDER = Comparator.comparing(BookedAmount::bucket)
            .thenComparing(amount -> amount.billedTo().guid().key())
            .thenComparing(amount -> amount.meterId().key());

    private final UsageLedgerPort ledger;
    private final ClockPort clock;

    public ChartBookedUsageService(UsageLedgerPort ledger, ClockPort clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** One sum's identity. */
    private record Cell(Instant bucket, SubscriptionId billedTo, boolean defaultSubscription, MeterId meterId) {
    }

    @Override
    public BookedUsage chart(Span span) {
        Instant to = clock.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        UsageGrain grain = span.grain();
        // down to its bucket's start: the first bucket counts its whole day, like every other
        Instant from = grain.bucketOf(to.minus(span.hours(), ChronoUnit.HOURS));
        Map<Cell, Quantity> sums = new HashMap<>();
        ledger.forEachEntry(entry -> {
            Instant hour = entry.record().window().start();
            if (!hour.isBefore(from) && hour.isBefore(to)) {
                sums.merge(cell(grain.bucketOf(hour), entry), entry.record().quantity(), Quantity::plus);
            }
        });
        List<BookedAmount> amounts = List.ofAll(sums.entrySet())
                .map(sum -> new BookedAmount(sum.getKey().bucket(), sum.getKey().billedTo(), sum.getKey().defaultSubscription(),
                        sum.getKey().meterId(), sum.getValue()))
                .sorted(ORDER);
        return new BookedUsage(grain, from, to, buckets(grain, from, to), amounts);
    }

    private static Cell cell(Instant bucket, LedgerEntry entry) {
        boolean ownSubscription = entry.billedTo().equals(entry.registration().subscriptionId());
        return new Cell(bucket, entry.billedTo(), ownSubscription, entry.record().meterId());
    }

    private static List<Instant> buckets(UsageGrain grain, Instant from, Instant to) {
        List<Instant> starts = List.empty();
        for (Instant bucket = grain.bucketOf(from); bucket.isBefore(to); bucket = grain.next(bucket)) {
            starts = starts.prepend(bucket);
        }
        return starts.reverse();
    }
}
