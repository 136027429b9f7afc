package io.stackbridge.adapters.fakeazure;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class FakeAzureResetTest {

    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    private static final RegistrationKey KEY = new RegistrationKey(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP, RegistrationName.of("reg1"));
    private static final SubscriptionId NEW_SUBSCRIPTION = SubscriptionId.of("c0c0c0c0-0002-4000-8000-000000000002");

    private final FakeAzure azure = FakeAzure.builder().seed(42).start();

    @Test
    void reset_brings_back_the_initial_world_and_forgets_everything_done_since() {
        azure.registrations().createOrUpdate(KEY, azure.registrationToken(CLOUD, BillingModel.PayAsYouUse)).get();
        azure.approveMultiTenancy(KEY).get();
        azure.cloud().deleteResourceGroup().delete(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP).get();
        azure.putSubscription(new DirectorySubscription(NEW_SUBSCRIPTION, OfferType.EA, Option.none(), CONTOSO_TENANT));
        azure.putPrincipal(new ServicePrincipal(CONTOSO_TENANT, ClientId.of("c0c0c0c0-0003-4000-8000-000000000001"),
                ObjectId.of("c0c0c0c0-0004-4000-8000-000000000001"), new ClientSecret("s"), true, "extra"));
        azure.faults().add(FaultRule.of("down", FaultMatch.operation(Operation.Usage_Push), 1, Option.none(),
                new FaultEffect.Unreachable()).get());
        azure.faults().reseed(7);
        azure.clock().setOffset(Duration.ofHours(3));

        azure.reset();

        assertThat(azure.world()).isEqualTo(DefaultWorld.world());
        assertThat(azure.cloud().getRegistration().get(KEY).getLeft().code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(azure.cloud().getResourceGroup().get(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP).isRight()).isTrue();
        assertThat(azure.faults().rules()).isEmpty();
        assertThat(azure.faults().seed()).isEqualTo(42);
        assertThat(azure.journal().entries()).isEmpty();
        assertThat(azure.clock().offset()).isZero();
    }

    @Test
    void after_reset_a_registration_starts_afresh_and_needs_approval_again() {
        azure.registrations().createOrUpdate(KEY, azure.registrationToken(CLOUD, BillingModel.PayAsYouUse)).get();
        azure.approveMultiTenancy(KEY).get();

        azure.reset();
        boolean created = azure.registrations().createOrUpdate(KEY, azure.registrationToken(CLOUD, BillingModel.PayAsYouUse)).get().created();

        assertThat(created).isTrue();
        assertThat(azure.customerSubscriptions().add(KEY, DefaultWorld.CONTOSO_SUBSCRIPTION.value(), Option.none()).getLeft().code())
                .isEqualTo(ErrorCode.UnauthorizedCspRegistration);
    }

    @Test
    void a_subscription_put_into_the_world_is_known_to_the_directory_until_reset() {
        azure.putSubscription(new DirectorySubscription(NEW_SUBSCRIPTION, OfferType.CSP, Option.some(DefaultWorld.PARTNER),
                CONTOSO_TENANT));
        azure.registrations().createOrUpdate(KEY, azure.registrationToken(CLOUD, BillingModel.PayAsYouUse)).get();
        azure.approveMultiTenancy(KEY).get();

        assertThat(azure.customerSubscriptions().add(KEY, NEW_SUBSCRIPTION.value(), Option.none()).isRight()).isTrue();
        azure.reset();
        azure.registrations().createOrUpdate(KEY, azure.registrationToken(CLOUD, BillingModel.PayAsYouUse)).get();
        azure.approveMultiTenancy(KEY).get();
        assertThat(azure.customerSubscriptions().add(KEY, NEW_SUBSCRIPTION.value(), Option.none()).getLeft().code())
                .isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
    }

    @Test
    void two_fakes_share_nothing() {
        FakeAzure other = FakeAzure.start();
        azure.registrations().createOrUpdate(KEY, azure.registrationToken(CLOUD, BillingModel.Development)).get();

        assertThat(other.registrations().get(KEY).getLeft().code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(other.signing().keyId()).isNotEqualTo(azure.signing().keyId());
    }
}
