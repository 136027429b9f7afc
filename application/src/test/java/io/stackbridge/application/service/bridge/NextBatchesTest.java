package io.stackbridge.application.service.bridge;

import io.stackbridge.application.contract.StampState;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NextBatchesTest {

    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");

    private final StampState state = StampState.inMemory(StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse)));

    @Test
    void the_batch_read_while_one_is_in_flight_is_the_one_a_fresh_run_reads_once_that_one_is_marked_sent() {
        List<UsageRecord> records = StoredRecords.hours(7, "vm-0");
        state.outbox().enqueue(records);

        try (NextBatches batches = new NextBatches(state.outbox(), CLOUD, 3)) {
            UsageBatch inFlight = batches.first().get();
            Option<UsageBatch> readAhead = batches.await(batches.after(inFlight));
            state.outbox().markSent(inFlight.id(), inFlight.records().map(UsageRecord::key));

            assertThat(readAhead.get().records()).doesNotContainAnyElementsOf(inFlight.records()).hasSize(3);
            assertThat(readAhead.get().id()).isEqualTo(UsageBatch.of(CLOUD, state.outbox().oldestPending(3)).id());
        }
    }

    @Test
    void after_the_last_batch_there_is_none() {
        state.outbox().enqueue(StoredRecords.hours(2, "vm-0"));

        try (NextBatches batches = new NextBatches(state.outbox(), CLOUD, 3)) {
            UsageBatch only = batches.first().get();

            assertThat(only.records()).hasSize(2);
            assertThat(batches.await(batches.after(only))).isEmpty();
        }
    }
}
