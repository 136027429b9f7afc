package io.stackbridge.application.service.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.LedgerGroup;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A running count and sum overall and per combination of the chosen groupings, fed one entry at a
 * time: it holds one count and one exact decimal per group, never the entries. Not thread-safe.
 */
final class LedgerGroupSums {

    private record Key(Option<SubscriptionId> billedTo, Option<MeterId> meterId, Option<UsageWindow> hour,
                       Option<RegistrationKey> registration) {
    }

    private static final class Sum {
        long records;
        BigDecimal quantity = BigDecimal.ZERO;

        void add(BigDecimal amount) {
            records++;
            quantity = quantity.add(amount);
        }
    }

    /** Groups in a stable order: by hour, then subscription, meter and registration, each absent one first. */
    private static final Comparator<LedgerGroup> ORDER = Comparator
            .comparing((LedgerGroup group) -> group.hour().map(hour -> hour.start().toString()).getOrElse(""))
            .thenComparing(group -> group.billedTo().map(id -> id.guid().key()).getOrElse(""))
            .thenComparing(group -> group.meterId().map(MeterId::key).getOrElse(""))
            .thenComparing(group -> group.registration().map(RegistrationKey::toString).getOrElse(""));

    private final Set<LedgerGrouping> groupBy;
    private final Sum overall = new Sum();
    private final Map<Key, Sum> groups = new HashMap<>();

    LedgerGroupSums(Set<LedgerGrouping> groupBy) {
        this.groupBy = groupBy;
    }

    void add(LedgerEntry entry) {
        BigDecimal amount = entry.record().quantity().amount();
        overall.add(amount);
        if (!groupBy.isEmpty()) {
            groups.computeIfAbsent(keyOf(entry), key -> new Sum()).add(amount);
        }
    }

    LedgerSummary summary() {
        List<LedgerGroup> listed = List.ofAll(groups.entrySet()).map(group -> new LedgerGroup(group.getKey().billedTo(),
                group.getKey().meterId(), group.getKey().hour(), group.getKey().registration(), group.getValue().records,
                new Quantity(group.getValue().quantity))).sorted(ORDER);
        return new LedgerSummary(overall.records, new Quantity(overall.quantity), listed);
    }

    private Key keyOf(LedgerEntry entry) {
        return new Key(when(LedgerGrouping.SUBSCRIPTION, entry.billedTo()), when(LedgerGrouping.METER, entry.record().meterId()),
                when(LedgerGrouping.HOUR, entry.record().window()), when(LedgerGrouping.REGISTRATION, entry.registration()));
    }

    private <T> Option<T> when(LedgerGrouping grouping, T value) {
        return groupBy.contains(grouping) ? Option.some(value) : Option.none();
    }
}
