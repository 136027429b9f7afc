package io.stackbridge.domain.usage;

import io.vavr.collection.List;

import java.util.Objects;

/**
 * What the ledger booked under a filter: how many records, the sum of their quantities, and, when
 * groupings were asked for, one {@link LedgerGroup} per distinct combination (none otherwise).
 */
public record LedgerSummary(long records, Quantity quantity, List<LedgerGroup> groups) {

    public static final LedgerSummary EMPTY = new LedgerSummary(0, Quantity.ZERO, List.empty());

    public LedgerSummary {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(groups, "groups");
    }
}
