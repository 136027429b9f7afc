package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** Usage re-batched differently after a crash is booked once per record key, whatever batch brings it again. */
class UsageRebatchingTest {

    private final FakeAzure azure = FakeAzure.start();
    private final Stamp stamp = Stamp.payAsYouUse(azure);
    private final UsageRecords usage = UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), azure.clock().now());

    private Quantity billed() {
        return UsageRecords.billedTo(stamp.ledger(), REGISTRATION_SUBSCRIPTION);
    }

    @Test
    void records_already_booked_by_an_earlier_batch_are_not_counted_again() {
        String bearer = stamp.accessToken();
        UsageBatch first = stamp.batch(List.of(usage.at(0, "1"), usage.at(1, "2")));
        UsageBatch rebatched = stamp.batch(List.of(usage.at(1, "2"), usage.at(2, "4")));
        stamp.push(first, bearer).get();

        PushReceipt receipt = stamp.push(rebatched, bearer).get();

        assertThat(rebatched.id()).isNotEqualTo(first.id());
        assertThat(receipt.alreadyReceived()).isFalse();
        assertThat(receipt.records()).isEqualTo(2);
        assertThat(billed()).isEqualTo(Quantity.of("7"));
        assertThat(stamp.ledger()).hasSize(3);
    }

    @Test
    void the_first_booking_of_a_record_key_stands_when_a_later_batch_carries_another_quantity() {
        String bearer = stamp.accessToken();
        stamp.push(stamp.batch(List.of(usage.at(0, "1"))), bearer).get();

        stamp.push(stamp.batch(List.of(usage.at(0, "9"), usage.at(1, "2"))), bearer).get();

        assertThat(billed()).isEqualTo(Quantity.of("3"));
    }

    @Test
    void a_batch_whose_records_were_all_booked_before_adds_nothing() {
        String bearer = stamp.accessToken();
        stamp.push(stamp.batch(List.of(usage.at(0, "1"))), bearer).get();
        stamp.push(stamp.batch(List.of(usage.at(1, "2"))), bearer).get();

        PushReceipt merged = stamp.push(stamp.batch(List.of(usage.at(0, "1"), usage.at(1, "2"))), bearer).get();

        assertThat(merged.alreadyReceived()).isFalse();
        assertThat(billed()).isEqualTo(Quantity.of("3"));
    }
}
