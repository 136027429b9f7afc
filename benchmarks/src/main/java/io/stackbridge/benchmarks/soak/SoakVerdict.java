package io.stackbridge.benchmarks.soak;

import java.util.ArrayList;
import java.util.List;

/** The end of a soak: is Azure's ledger exactly what the stamp generated, and if not, every way it is not. */
record SoakVerdict(long records, long batches, List<String> problems) {

    private static final int SHOWN = 20;

    boolean exact() {
        return problems.isEmpty();
    }

    static SoakVerdict of(LedgerTotals expected, LedgerTotals ledger, SoakLedger.Batches received, int pending, SoakJournal journal,
                          List<String> lostAcrossCrash) {
        List<String> problems = new ArrayList<>();
        List<String> differences = ledger.differencesFrom(expected);
        if (!differences.isEmpty()) {
            problems.add(differences.size() + " subscription/meter/hour groups differ (ledger " + ledger.records() + " records, generated "
                    + expected.records() + ")");
            differences.stream().limit(SHOWN).forEach(problems::add);
        }
        if (received.booked() != expected.records()) {
            problems.add("the batches booked " + received.booked() + " records, the stamp generated " + expected.records());
        }
        if (pending != 0) {
            problems.add(pending + " records still wait in the outbox");
        }
        problems.addAll(lostAcrossCrash);
        if (journal.unfaultedServerErrors() != 0) {
            problems.add(journal.unfaultedServerErrors() + " 5xx answers that no fault rule caused");
        }
        return new SoakVerdict(expected.records(), received.ids().size(), List.copyOf(problems));
    }
}
