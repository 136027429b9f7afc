package io.stackbridge.domain.localusage;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** One answer of a usage API: up to 1,000 aggregates and, when more follow, the token of the next page. */
public record AggregatePage(List<UsageAggregate> aggregates, Option<ContinuationToken> next) {

    public static final int SIZE = 1000;

    public AggregatePage {
        Objects.requireNonNull(aggregates, "aggregates");
        Objects.requireNonNull(next, "next");
        if (aggregates.size() > SIZE) {
            throw new IllegalArgumentException("a page holds at most " + SIZE + " aggregates");
        }
    }

    /** The page of {@code all} that {@code query} asks for. */
    public static AggregatePage of(List<UsageAggregate> all, UsageQuery query) {
        int end = query.offset() + SIZE;
        Option<ContinuationToken> next = end < all.size() ? Option.some(ContinuationToken.after(query, end)) : Option.none();
        return new AggregatePage(all.drop(query.offset()).take(SIZE), next);
    }
}
