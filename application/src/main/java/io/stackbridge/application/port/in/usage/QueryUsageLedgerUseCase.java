package io.stackbridge.application.port.in.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerTotal;
import io.vavr.collection.List;
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
}
