package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.Faults;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Reset takes a busy fake back to its initial world: no registrations, tenants, usage, faults or journal. */
class ResetToInitialWorldTest {

    private final FakeAzure azure = FakeAzure.start();

    @Test
    void reset_forgets_registrations_tenants_usage_faults_and_the_journal() {
        Stamp stamp = Stamp.payAsYouUse(azure).approved();
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get();
        stamp.push(stamp.batch(UsageRecords.of(new SubscriptionId(Guid.random()), CONTOSO_TENANT, azure.clock().now()).hourly("2")),
                stamp.accessToken()).get();
        azure.faults().add(Faults.always(Operation.Registrations_Get, new FaultEffect.Unreachable()));

        azure.reset();

        assertThat(azure.faults().rules()).isEmpty();
        assertThat(azure.journal().entries()).isEmpty();
        assertThat(stamp.ledger()).isEmpty();
        assertThat(azure.registrations().get(stamp.key()).getLeft().code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(azure.cloud().listCustomerSubscriptions().list(stamp.key()).getLeft().code()).isEqualTo(ErrorCode.RegistrationNotFound);
    }

    @Test
    void after_reset_the_default_world_serves_a_whole_flow_again() {
        Stamp.payAsYouUse(azure).approved();
        azure.reset();

        Stamp stamp = Stamp.payAsYouUse(azure).approved();
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get();
        UsageRecords usage = UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), azure.clock().now());

        assertThat(stamp.push(stamp.batch(usage.hourly("1")), stamp.accessToken()).get().alreadyReceived()).isFalse();
        assertThat(azure.world()).isEqualTo(DefaultWorld.world());
        assertThat(azure.journal().entries().head().sequence()).isEqualTo(1);
    }
}
