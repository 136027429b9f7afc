package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.Comparator;

/** The total of one meter in one hour billed to one subscription. */
public record LedgerTotal(SubscriptionId billedTo, MeterId meterId, UsageWindow window, Quantity total) {

    /** The order totals are listed in: by hour, then billed subscription, then meter. */
    public static final Comparator<LedgerTotal> ORDER = Comparator.comparing((LedgerTotal total) -> total.window().start())
            .thenComparing(total -> total.billedTo().guid().key())
            .thenComparing(total -> total.meterId().key());

    /** Sums entries per billed subscription, meter and hour, ordered by hour, subscription and meter. */
    public static List<LedgerTotal> of(Seq<LedgerEntry> entries) {
        return entries.groupBy(entry -> Tuple.of(entry.billedTo(), entry.record().meterId(), entry.record().window()))
                .map(group -> new LedgerTotal(group._1._1, group._1._2, group._1._3,
                        group._2.map(entry -> entry.record().quantity()).foldLeft(Quantity.ZERO, Quantity::plus)))
                .toList()
                .sorted(ORDER);
    }
}
