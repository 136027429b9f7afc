package io.stackbridge.application.contract;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration port's happy paths, as the registration tooling walks them (errors: {@link RegistrationPortErrorsContract}). */
public abstract class RegistrationPortContract extends AzureContract {

    @Test
    void registers_a_stamp_in_a_fresh_subscription_after_the_provider_and_the_resource_group() {
        SubscriptionId fresh = new SubscriptionId(Guid.random());
        ResourceGroupName group = ResourceGroupName.of("azurestack-fresh");
        RegistrationTokenContent token = bridgeStamp();
        RegistrationKey key = new RegistrationKey(fresh, group, keyOf(fresh, token.cloudId()).name());

        assertThat(right(azure.registrations().registerProvider(fresh))).isEqualTo(fresh);
        assertThat(right(azure.registrations().createResourceGroup(fresh, group, "westcentralus"))).isEqualTo(group);
        CreatedOrUpdated<RegistrationSummary> written = right(azure.registrations().createOrUpdate(key, azure.registrationToken(token)));

        assertThat(written.created()).isTrue();
        assertThat(written.resource().key()).isEqualTo(key);
    }

    @Test
    void registering_the_provider_twice_is_harmless() {
        SubscriptionId subscription = world().registrationSubscription();

        assertThat(right(azure.registrations().registerProvider(subscription))).isEqualTo(subscription);
        assertThat(right(azure.registrations().registerProvider(subscription))).isEqualTo(subscription);
    }

    @Test
    void a_first_put_creates_the_registration_with_the_token_content() {
        RegistrationTokenContent token = bridgeStamp();
        RegistrationKey key = keyOf(world().registrationSubscription(), token.cloudId());

        CreatedOrUpdated<RegistrationSummary> written = right(azure.registrations().createOrUpdate(key, azure.registrationToken(token)));

        assertThat(written.created()).isTrue();
        RegistrationSummary summary = written.resource();
        assertThat(summary.key()).isEqualTo(key);
        assertThat(summary.cloudId()).isEqualTo(token.cloudId());
        assertThat(summary.objectId()).isEqualTo(world().bridgeObjectId());
        assertThat(summary.billingModel()).isEqualTo(BillingModel.PayAsYouUse);
        assertThat(summary.etag().value()).isNotBlank();
    }

    @Test
    void a_second_put_with_the_same_cloud_and_a_new_billing_model_updates_it_with_a_new_etag() {
        RegistrationTokenContent token = bridgeStamp();
        RegistrationKey key = keyOf(world().registrationSubscription(), token.cloudId());
        CreatedOrUpdated<RegistrationSummary> first = right(azure.registrations().createOrUpdate(key, azure.registrationToken(token)));

        RegistrationTokenContent development = StampTokens.forObject(world().bridgeObjectId()).cloud(token.cloudId())
                .billing(BillingModel.Development).build();
        CreatedOrUpdated<RegistrationSummary> second = right(azure.registrations().createOrUpdate(key, azure.registrationToken(development)));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.resource().billingModel()).isEqualTo(BillingModel.Development);
        assertThat(second.resource().cloudId()).isEqualTo(token.cloudId());
        assertThat(second.resource().etag()).isNotEqualTo(first.resource().etag());
    }

    @Test
    void get_returns_the_registration_as_last_written() {
        RegistrationTokenContent token = bridgeStamp();
        RegistrationKey key = keyOf(world().registrationSubscription(), token.cloudId());
        RegistrationSummary written = right(azure.registrations().createOrUpdate(key, azure.registrationToken(token))).resource();

        RegistrationSummary read = right(azure.registrations().get(key));

        assertThat(read.key()).isEqualTo(key);
        assertThat(read.cloudId()).isEqualTo(token.cloudId());
        assertThat(read.objectId()).isEqualTo(token.objectId());
        assertThat(read.billingModel()).isEqualTo(BillingModel.PayAsYouUse);
        assertThat(read.etag()).isEqualTo(written.etag());
    }

    @Test
    void delete_removes_the_registration_then_finds_nothing_to_delete() {
        RegistrationKey key = registerPayAsYouUse(bridgeStamp());

        assertThat(right(azure.registrations().delete(key))).isEqualTo(Removal.DELETED);
        assertThat(right(azure.registrations().delete(key))).isEqualTo(Removal.ABSENT);
        assertThat(left(azure.registrations().get(key)).code()).isEqualTo(ErrorCode.ResourceNotFound);
    }

    @Test
    void the_activation_key_is_a_signed_token_in_three_parts() {
        RegistrationKey key = registerPayAsYouUse(bridgeStamp());

        ActivationKey activation = right(azure.registrations().activationKey(key));

        assertThat(activation.value().split("\\.", -1)).hasSize(3).allSatisfy(part -> assertThat(part).isNotBlank());
    }

    @Test
    void a_stamp_can_register_again_after_its_registration_was_deleted() {
        RegistrationTokenContent token = bridgeStamp();
        RegistrationKey key = register(world().registrationSubscription(), token);
        right(azure.registrations().delete(key));

        CreatedOrUpdated<RegistrationSummary> again = right(azure.registrations().createOrUpdate(key, azure.registrationToken(token)));

        assertThat(again.created()).isTrue();
        assertThat(again.resource().cloudId()).isEqualTo(token.cloudId());
    }

    @Test
    void list_names_the_registrations_of_a_resource_group_and_of_the_whole_subscription_in_name_order() {
        SubscriptionId subscription = world().registrationSubscription();
        RegistrationKey first = registerPayAsYouUse(bridgeStamp());
        RegistrationKey second = registerPayAsYouUse(bridgeStamp());
        ResourceGroupName other = ResourceGroupName.of("azurestack-other");
        right(azure.registrations().createResourceGroup(subscription, other, "westcentralus"));
        RegistrationTokenContent elsewhere = bridgeStamp();
        RegistrationKey third = new RegistrationKey(subscription, other, keyOf(subscription, elsewhere.cloudId()).name());
        right(azure.registrations().createOrUpdate(third, azure.registrationToken(elsewhere)));

        List<RegistrationKey> inGroup = right(azure.registrations().list(subscription, Option.some(world().resourceGroup())))
                .map(RegistrationSummary::key);
        List<RegistrationKey> inSubscription = right(azure.registrations().list(subscription, Option.none()))
                .map(RegistrationSummary::key);

        assertThat(inGroup).containsExactlyElementsOf(List.of(first, second).sortBy(key -> key.name().value()));
        assertThat(inSubscription).contains(first, second, third);
    }

    @Test
    void a_subscription_without_registrations_lists_none() {
        assertThat(right(azure.registrations().list(world().enterpriseSubscription(), Option.none()))).isEmpty();
    }
}
