package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.StampTokens;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** Once a registration's billing model no longer allows tenants, all of its usage is billed to its own subscription. */
class BillingModelSwitchBillsTheRegistrationTest {

    private final FakeAzure azure = FakeAzure.start();

    @Test
    void usage_of_a_former_tenant_goes_to_the_registration_once_it_is_capacity() {
        Stamp stamp = Stamp.payAsYouUse(azure).approved();
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get();
        String capacity = Stamp.encoded(azure, StampTokens.forObject(DefaultWorld.BRIDGE_OBJECT_ID)
                .cloud(stamp.token().cloudId()).capacity("1234567").build());
        assertThat(azure.registrations().createOrUpdate(stamp.key(), capacity).get().resource().billingModel())
                .isEqualTo(BillingModel.Capacity);

        stamp.push(stamp.batch(UsageRecords.of(new SubscriptionId(Guid.random()), CONTOSO_TENANT, azure.clock().now()).hourly("5")),
                stamp.accessToken()).get();

        assertThat(UsageRecords.billedTo(stamp.ledger(), CONTOSO_SUBSCRIPTION)).isEqualTo(Quantity.ZERO);
        assertThat(UsageRecords.billedTo(stamp.ledger(), REGISTRATION_SUBSCRIPTION)).isEqualTo(Quantity.of("5"));
    }
}
