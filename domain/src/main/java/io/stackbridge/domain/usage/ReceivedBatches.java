package io.stackbridge.domain.usage;

import io.vavr.collection.List;

import java.util.Objects;

/** One page of the batches the ledger accepted, and how many batches matched in all. */
public record ReceivedBatches(long total, List<ReceivedBatch> page) {

    public ReceivedBatches {
        Objects.requireNonNull(page, "page");
    }
}
