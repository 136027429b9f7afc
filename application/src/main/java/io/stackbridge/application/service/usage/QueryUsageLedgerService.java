package io.stackbridge.application.service.usage;

import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.LedgerTotal;
import io.vavr.collection.List;

/** Sums the ledger's entries that pass the query's filters, reading them one at a time. */
public final class QueryUsageLedgerService implements QueryUsageLedgerUseCase {

    private final UsageLedgerPort ledger;

    public QueryUsageLedgerService(UsageLedgerPort ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<LedgerTotal> totals(Query query) {
        LedgerSums sums = new LedgerSums();
        ledger.forEachEntry(entry -> {
            if (matches(query, entry)) {
                sums.add(entry);
            }
        });
        return sums.totals();
    }

    private static boolean matches(Query query, LedgerEntry entry) {
        return query.billedTo().forAll(entry.billedTo()::equals)
                && query.meterId().forAll(entry.record().meterId()::equals)
                && query.from().forAll(from -> !entry.record().window().start().isBefore(from))
                && query.to().forAll(to -> entry.record().window().start().isBefore(to));
    }
}
