package io.stackbridge.adapters.fakeazure.journal;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.Faults;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** The journal keeps each call through the ports in order, with its resource, its outcome (OK or the caller's code) and the rule that fired. */
class JournalOutcomesTest {

    private final FakeAzure azure = FakeAzure.start();

    @Test
    void calls_are_journaled_in_order_with_their_outcomes() {
        Stamp stamp = Stamp.payAsYouUse(azure);
        azure.journal().clear();

        azure.registrations().get(stamp.key()).get();
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).getLeft();
        String bearer = stamp.accessToken();
        azure.faults().add(Faults.times(1, Operation.Usage_Push, new FaultEffect.Unreachable()));
        var batch = stamp.batch(UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), azure.clock().now())
                .hourly("1"));
        stamp.push(batch, bearer).getLeft();
        stamp.push(batch, "garbage").getLeft();

        List<JournalEntry> entries = azure.journal().entries();
        assertThat(entries.map(JournalEntry::operation)).containsExactly(Operation.Registrations_Get,
                Operation.CustomerSubscriptions_Create, Operation.Token_Issue, Operation.Usage_Push, Operation.Usage_Push);
        assertThat(entries.map(JournalEntry::outcome))
                .containsExactly("OK", "UnauthorizedCspRegistration", "OK", "NetworkError", "Unauthorized");
        assertThat(entries.map(JournalEntry::faultRule))
                .containsExactly(Option.none(), Option.none(), Option.none(), Option.some("Usage_Push-Unreachable"), Option.none());
        assertThat(entries.map(JournalEntry::sequence)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.head().resource()).isEqualTo(ResourceIds.registration(stamp.key()));
        assertThat(entries.last().resource()).contains(stamp.token().cloudId().value(), batch.id().value());
    }

    @Test
    void the_journal_can_be_filtered_by_operation_and_outcome() {
        azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints())).get();
        azure.faults().add(Faults.times(2, Operation.Token_Issue, new FaultEffect.Slow()));
        azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints())).getLeft();
        azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints())).getLeft();

        assertThat(azure.journal().entries(Option.some(Operation.Token_Issue), Option.some(JournalEntry.OK))).hasSize(1);
        assertThat(azure.journal().entries(Option.some(Operation.Token_Issue), Option.some("LoginError")))
                .hasSize(2).allSatisfy(entry -> assertThat(entry.succeeded()).isFalse());
    }
}
