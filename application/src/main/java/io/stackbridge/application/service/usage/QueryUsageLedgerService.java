package io.stackbridge.application.service.usage;

import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.collection.List;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sums the ledger's entries that pass the query's filters, reading them one at a time. A cloud
 * filter costs one more pass: the first collects the batch IDs the entries name, whose batches say
 * which cloud sent them.
 */
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

    @Override
    public LedgerSummary summary(SummaryQuery query) {
        Predicate<BatchId> fromCloud = query.cloudId().map(this::batchesOf).getOrElse(batch -> true);
        LedgerGroupSums sums = new LedgerGroupSums(query.groupBy());
        ledger.forEachEntry(entry -> {
            if (matches(query.filter(), entry) && fromCloud.test(entry.batchId())) {
                sums.add(entry);
            }
        });
        return sums.summary();
    }

    /** The IDs of the batches, among those that booked entries, that {@code cloudId} sent. */
    private Predicate<BatchId> batchesOf(CloudId cloudId) {
        Set<BatchId> named = new HashSet<>();
        ledger.forEachEntry(entry -> named.add(entry.batchId()));
        Set<BatchId> sent = new HashSet<>();
        for (BatchId id : named) {
            if (ledger.batch(id).map(UsageBatch::cloudId).contains(cloudId)) {
                sent.add(id);
            }
        }
        return sent::contains;
    }

    private static boolean matches(Query query, LedgerEntry entry) {
        return query.billedTo().forAll(entry.billedTo()::equals)
                && query.meterId().forAll(entry.record().meterId()::equals)
                && query.from().forAll(from -> !entry.record().window().start().isBefore(from))
                && query.to().forAll(to -> entry.record().window().start().isBefore(to));
    }
}
