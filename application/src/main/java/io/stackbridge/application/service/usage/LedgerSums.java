package io.stackbridge.application.service.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;

import java.util.HashMap;
import java.util.Map;

/**
 * A running sum per billed subscription, meter and hour, fed one entry at a time: it holds one
 * quantity per total, never the entries. Not thread-safe: one query's accumulator.
 */
final class LedgerSums {

    private record Group(SubscriptionId billedTo, MeterId meterId, UsageWindow window) {
    }

    private final Map<Group, Quantity> sums = new HashMap<>();

    void add(LedgerEntry entry) {
        sums.merge(new Group(entry.billedTo(), entry.record().meterId(), entry.record().window()), entry.record().quantity(),
                Quantity::plus);
    }

    /** The totals so far, in the ledger's order (hour, subscription, meter). */
    List<LedgerTotal> totals() {
        return List.ofAll(sums.entrySet())
                .map(sum -> new LedgerTotal(sum.getKey().billedTo(), sum.getKey().meterId(), sum.getKey().window(), sum.getValue()))
                .sorted(LedgerTotal.ORDER);
    }
}
