package io.stackbridge.application.service.usage;

import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.vavr.collection.List;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sums the ledger's entries that pass the query's filters, reading them one at a time; a cloud
 * filter first reads the batches' summaries to learn which batches that cloud sent. Lists the
 * accepted batches a page at a time, as the store finds them.
 */
public final class QueryUsageLedgerService implements QueryUsageLedgerUseCase {

    private static final io.vavr.collection.Set<LedgerGrouping> PER_SUBSCRIPTION_METER_AND_HOUR =
            io.vavr.collection.HashSet.of(LedgerGrouping.SUBSCRIPTION, LedgerGrouping.METER, LedgerGrouping.HOUR);

    private final UsageLedgerPort ledger;

    public QueryUsageLedgerService(UsageLedgerPort ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<LedgerTotal> totals(Query query) {
        LedgerGroupSums sums = new LedgerGroupSums(PER_SUBSCRIPTION_METER_AND_HOUR);
        ledger.forEachEntry(entry -> {
            if (matches(query, entry)) {
                sums.add(entry);
            }
        });
        return sums.summary().groups()
                .map(group -> new LedgerTotal(group.billedTo().get(), group.meterId().get(), group.hour().get(), group.quantity()))
                .sorted(LedgerTotal.ORDER);
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

    @Override
    public ReceivedBatches batches(BatchQuery query) {
        return ledger.batches(query.cloudId(), query.skip(), query.limit());
    }

    /** The IDs of the batches {@code cloudId} sent, read from the batches' summaries (never their records). */
    private Predicate<BatchId> batchesOf(CloudId cloudId) {
        Set<BatchId> sent = new HashSet<>();
        ledger.forEachBatch(batch -> {
            if (batch.cloudId().equals(cloudId)) {
                sent.add(batch.id());
            }
        });
        return sent::contains;
    }

    private static boolean matches(Query query, LedgerEntry entry) {
        return query.billedTo().forAll(entry.billedTo()::equals)
                && query.meterId().forAll(entry.record().meterId()::equals)
                && query.from().forAll(from -> !entry.record().window().start().isBefore(from))
                && query.to().forAll(to -> entry.record().window().start().isBefore(to));
    }
}
