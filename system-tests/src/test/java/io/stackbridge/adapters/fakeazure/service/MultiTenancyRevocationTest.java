package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** Revoking multi-tenancy refuses new tenants and keeps the existing mappings, which go on billing their tenants. */
class MultiTenancyRevocationTest {

    private final FakeAzure azure = FakeAzure.start();
    private final Stamp stamp = Stamp.payAsYouUse(azure).approved();

    @Test
    void after_revocation_the_next_add_is_refused_and_existing_mappings_stay() {
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get();

        assertThat(azure.cloud().revokeMultiTenancy().revoke(stamp.key()).get()).isEqualTo(stamp.key());

        assertThat(azure.customerSubscriptions().add(stamp.key(), FABRIKAM_SUBSCRIPTION.value(), Option.none()).getLeft().code())
                .isEqualTo(ErrorCode.UnauthorizedCspRegistration);
        assertThat(azure.customerSubscriptions().list(stamp.key()).get().map(CustomerSubscription::subscriptionId))
                .containsExactly(CONTOSO_SUBSCRIPTION);
        assertThat(azure.customerSubscriptions().get(stamp.key(), CONTOSO_SUBSCRIPTION.value()).get().tenantId()).isEqualTo(CONTOSO_TENANT);
    }

    @Test
    void usage_of_a_kept_mapping_is_still_billed_to_its_customer_subscription() {
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get();
        azure.cloud().revokeMultiTenancy().revoke(stamp.key()).get();

        stamp.push(stamp.batch(UsageRecords.of(new SubscriptionId(Guid.random()), CONTOSO_TENANT, azure.clock().now()).hourly("4")),
                stamp.accessToken()).get();

        assertThat(UsageRecords.billedTo(stamp.ledger(), CONTOSO_SUBSCRIPTION)).isEqualTo(Quantity.of("4"));
    }

    @Test
    void approving_again_allows_new_tenants_and_a_missing_registration_cannot_be_approved_or_revoked() {
        azure.cloud().revokeMultiTenancy().revoke(stamp.key()).get();
        RegistrationKey missing = new RegistrationKey(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP, RegistrationName.of("missing"));

        azure.cloud().approveMultiTenancy().approve(stamp.key()).get();

        assertThat(azure.customerSubscriptions().add(stamp.key(), FABRIKAM_SUBSCRIPTION.value(), Option.none()).isRight()).isTrue();
        assertThat(azure.cloud().approveMultiTenancy().approve(missing).getLeft().code()).isEqualTo(ErrorCode.RegistrationNotFound);
        assertThat(azure.cloud().revokeMultiTenancy().revoke(missing).getLeft().code()).isEqualTo(ErrorCode.RegistrationNotFound);
    }
}
