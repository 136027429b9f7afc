package io.stackbridge.application.port.in.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/** Totals of the usage Azure booked, per billed subscription, meter and hour. */
public interface QueryUsageLedgerUseCase {

    /** Optional filters: billed subscription, meter, and usage hours starting in [from, to). */
    record Query(Option<SubscriptionId> billedTo, Option<MeterId> meterId, Option<Instant> from, Option<Instant> to) {
        public static final Query ALL = new Query(Option.none(), Option.none(), Option.none(), Option.none());

        public Query {
            Objects.requireNonNull(billedTo, "billedTo");
            Objects.requireNonNull(meterId, "meterId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    List<LedgerTotal> totals(Query query);

    /**
     * A summary's question: the filters of {@code filter}, the cloud whose batches brought the
     * records (any when empty), and the groupings to split the totals by (none: one overall total).
     */
    record SummaryQuery(Query filter, Option<CloudId> cloudId, Set<LedgerGrouping> groupBy) {
        public static final SummaryQuery ALL = new SummaryQuery(Query.ALL, Option.none(), io.vavr.collection.LinkedHashSet.empty());

        public SummaryQuery {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(cloudId, "cloudId");
            Objects.requireNonNull(groupBy, "groupBy");
        }
    }

    /** How many records the ledger booked under the query, their summed quantity, and the totals per group. */
    LedgerSummary summary(SummaryQuery query);

    /** Which accepted batches to list: those of one cloud (any when empty), after skipping {@code skip}, at most {@code limit}. */
    record BatchQuery(Option<CloudId> cloudId, int skip, int limit) {
        public BatchQuery {
            Objects.requireNonNull(cloudId, "cloudId");
            if (skip < 0 || limit < 0) {
                throw new IllegalArgumentException("skip and limit are zero or more");
            }
        }
    }

    /** The accepted batches that match, in the order accepted: one page of them and how many match in all. */
    ReceivedBatches batches(BatchQuery query);
}
