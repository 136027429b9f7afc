package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static io.stackbridge.application.contract.UsageRecords.billedTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Accepted pushes: each record booked once, billed to its tenant's customer subscription or else the default one. */
public abstract class UsagePushPortContract extends UsageContract {

    @Test
    void a_first_push_is_booked_to_the_registration_subscription() {
        UsageBatch batch = batchOf(unmapped.hourly("1.5", "2.25", "3"));

        PushReceipt receipt = right(push(batch));

        assertThat(receipt.batchId()).isEqualTo(batch.id());
        assertThat(receipt.records()).isEqualTo(3);
        assertThat(receipt.alreadyReceived()).isFalse();
        List<LedgerTotal> ledger = azure.ledger();
        assertThat(ledger).hasSize(3)
                .allSatisfy(total -> assertThat(total.billedTo()).isEqualTo(world().registrationSubscription()));
        assertThat(billedTo(ledger, world().registrationSubscription())).isEqualTo(Quantity.of("6.75"));
        assertThat(ledger.map(LedgerTotal::meterId).distinct()).containsExactly(UsageRecords.BASE_VM);
    }

    @Test
    void an_identical_resend_is_acknowledged_and_not_counted_again() {
        UsageBatch batch = batchOf(unmapped.hourly("1.5", "2.25"));
        right(push(batch));
        List<LedgerTotal> before = azure.ledger();

        PushReceipt resend = right(push(UsageBatch.of(stamp.cloudId(), batch.records().reverse())));

        assertThat(resend.batchId()).isEqualTo(batch.id());
        assertThat(resend.alreadyReceived()).isTrue();
        assertThat(azure.ledger()).isEqualTo(before);
        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("3.75"));
    }

    @Test
    void the_same_batch_id_with_another_quantity_is_a_conflict() {
        UsageBatch batch = batchOf(unmapped.hourly("1.5", "2.25"));
        right(push(batch));
        UsageBatch changed = batchOf(List.of(unmapped.at(0, "1.5"), unmapped.at(1, "9")));

        DomainError error = left(push(changed));

        assertThat(changed.id()).isEqualTo(batch.id());
        assertThat(error.code()).isEqualTo(ErrorCode.BatchIdConflict);
        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("3.75"));
    }

    @Test
    void usage_of_a_mapped_tenant_is_billed_to_its_customer_subscription_and_the_rest_to_the_default() {
        azure.approveMultiTenancy(registration);
        right(azure.customerSubscriptions().add(registration, world().contoso().value(), Option.none()));
        UsageRecords contosoUsage = UsageRecords.of(new SubscriptionId(Guid.random()), world().contosoTenant(), azure.serviceTime());
        List<UsageRecord> records = contosoUsage.hourly("2", "4").appendAll(unmapped.hourly("1"));

        right(push(batchOf(records)));

        assertThat(billedTo(azure.ledger(), world().contoso())).isEqualTo(Quantity.of("6"));
        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("1"));
    }

    @Test
    void once_a_mapping_is_removed_new_usage_of_that_tenant_goes_to_the_default_subscription() {
        azure.approveMultiTenancy(registration);
        right(azure.customerSubscriptions().add(registration, world().contoso().value(), Option.none()));
        UsageRecords contosoUsage = UsageRecords.of(new SubscriptionId(Guid.random()), world().contosoTenant(), azure.serviceTime());
        right(push(batchOf(contosoUsage.hourly("2"))));

        right(azure.customerSubscriptions().remove(registration, world().contoso().value()));
        right(push(batchOf(List.of(contosoUsage.at(1, "5")))));

        assertThat(billedTo(azure.ledger(), world().contoso())).isEqualTo(Quantity.of("2"));
        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("5"));
    }

    @Test
    void a_stamp_clock_four_minutes_off_either_way_is_accepted() {
        UsageBatch ahead = batchOf(unmapped.hourly("1"));
        UsageBatch behind = batchOf(unmapped.vm("vm-1").hourly("2"));

        assertThat(right(push(ahead, accessToken, azure.serviceTime().plus(Duration.ofMinutes(4)))).alreadyReceived()).isFalse();
        assertThat(right(push(behind, accessToken, azure.serviceTime().minus(Duration.ofMinutes(4)))).alreadyReceived()).isFalse();
        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("3"));
    }

    @Test
    void batches_of_different_records_add_up() {
        right(push(batchOf(unmapped.hourly("1.25", "1.25"))));
        right(push(batchOf(unmapped.vm("vm-1").hourly("0.5"))));

        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("3"));
    }
}
