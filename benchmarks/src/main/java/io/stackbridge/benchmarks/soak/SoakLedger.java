package io.stackbridge.benchmarks.soak;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Azure's ledger as the admin API shows it: the totals per subscription, meter and hour, and the batches received. */
final class SoakLedger {

    private static final int PAGE = 1000;
    private static final Duration WINDOW = Duration.ofDays(30);

    private SoakLedger() {
    }

    record Batches(Set<String> ids, long records, long booked) {
    }

    /**
     * The totals of every usage hour from {@code from} (included) to {@code to} (excluded), asked for
     * thirty days at a time so that no answer grows beyond a few megabytes; the ledger's overall record
     * count (no filter) is checked against their sum, so nothing booked outside the range goes unseen.
     */
    static LedgerTotals totals(SoakAdmin admin, Instant from, Instant to) {
        LedgerTotals totals = new LedgerTotals();
        for (Instant start = from; start.isBefore(to); start = start.plus(WINDOW)) {
            Instant end = start.plus(WINDOW).isAfter(to) ? to : start.plus(WINDOW);
            totals.addAll(LedgerTotals.ofLedger(answer(admin, "/_stackbridge/usage?groupBy=subscription&groupBy=meter&groupBy=hour&from="
                    + start + "&to=" + end)));
        }
        long all = answer(admin, "/_stackbridge/usage").path("records").asLong();
        if (all != totals.records()) {
            totals.addOutside(all - totals.records());
        }
        return totals;
    }

    private static JsonNode answer(SoakAdmin admin, String path) {
        SoakAdmin.Answer answer = admin.get(path);
        if (answer.status() != 200) {
            throw new IllegalStateException("the ledger did not answer " + path + ": " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    /** How many batches the usage service received so far, or -1 when it did not answer. */
    static long received(SoakAdmin admin) {
        SoakAdmin.Answer answer = admin.get("/_stackbridge/usage/batches?limit=1");
        return answer.status() == 200 ? answer.json().path("total").asLong() : -1;
    }

    /** Every batch received, a page at a time. */
    static Batches batches(SoakAdmin admin) {
        Set<String> ids = new HashSet<>();
        long records = 0;
        long booked = 0;
        for (int skip = 0; ; skip += PAGE) {
            SoakAdmin.Answer answer = admin.get("/_stackbridge/usage/batches?limit=" + PAGE + "&skip=" + skip);
            if (answer.status() != 200) {
                throw new IllegalStateException("the batch list did not answer: " + answer.status() + " " + answer.body());
            }
            JsonNode page = answer.json();
            for (JsonNode batch : page.path("batches")) {
                ids.add(batch.path("id").asText());
                records += batch.path("records").asLong();
                booked += batch.path("booked").asLong();
            }
            if (skip + PAGE >= page.path("total").asLong()) {
                return new Batches(ids, records, booked);
            }
        }
    }
}
