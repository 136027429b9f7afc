package io.stackbridge.benchmarks.soak;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Usage totals per billed subscription, meter and usage hour: records counted, quantities summed exactly. */
final class LedgerTotals {

    /** One group; GUIDs in lower case, so that both sides spell them alike. */
    record Key(String subscription, String meter, Instant hour) implements Comparable<Key> {
        static Key of(String subscription, String meter, Instant hour) {
            return new Key(subscription.toLowerCase(Locale.ROOT), meter.toLowerCase(Locale.ROOT), hour);
        }

        private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::hour)
                .thenComparing(Key::subscription).thenComparing(Key::meter);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    record Total(long records, BigDecimal quantity) {
        Total plus(BigDecimal more) {
            return new Total(records + 1, quantity.add(more));
        }

        boolean same(Total other) {
            return records == other.records && quantity.compareTo(other.quantity) == 0;
        }
    }

    private final Map<Key, Total> totals = new TreeMap<>();

    void add(Key key, BigDecimal quantity) {
        totals.merge(key, new Total(1, quantity), (sum, one) -> sum.plus(one.quantity()));
    }

    /** Records the ledger booked outside the compared hours: always a difference. */
    private static final Key OUTSIDE = new Key("outside the simulated hours", "-", Instant.EPOCH);

    void addAll(LedgerTotals more) {
        totals.putAll(more.totals);
    }

    void addOutside(long records) {
        totals.put(OUTSIDE, new Total(records, BigDecimal.ZERO));
    }

    long records() {
        return totals.values().stream().mapToLong(Total::records).sum();
    }

    int groups() {
        return totals.size();
    }

    /** The answer of {@code GET /_stackbridge/usage?groupBy=subscription&groupBy=meter&groupBy=hour}. */
    static LedgerTotals ofLedger(JsonNode answer) {
        LedgerTotals ledger = new LedgerTotals();
        for (JsonNode group : answer.path("groups")) {
            Key key = Key.of(group.path("subscriptionId").asText(), group.path("meterId").asText(), Instant.parse(group.path("hour").asText()));
            ledger.totals.put(key, new Total(group.path("records").asLong(), new BigDecimal(group.path("quantity").asText())));
        }
        return ledger;
    }

    /** Every group where the two differ, as lines; empty when they are equal to the last decimal. */
    List<String> differencesFrom(LedgerTotals expected) {
        List<String> lines = new ArrayList<>();
        TreeMap<Key, Total> all = new TreeMap<>(expected.totals);
        totals.forEach(all::putIfAbsent);
        Total none = new Total(0, BigDecimal.ZERO);
        all.keySet().forEach(key -> {
            Total want = expected.totals.getOrDefault(key, none);
            Total got = totals.getOrDefault(key, none);
            if (!got.same(want)) {
                lines.add(key + ": expected " + want.records() + " records / " + want.quantity().toPlainString() + ", ledger has "
                        + got.records() + " / " + got.quantity().toPlainString());
            }
        });
        return lines;
    }
}
