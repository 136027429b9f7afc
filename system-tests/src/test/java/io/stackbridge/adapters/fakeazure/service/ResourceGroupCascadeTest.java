package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.StampTokens;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a resource group deletes its registrations, their tenant mappings and approvals, and nothing else. */
class ResourceGroupCascadeTest {

    private static final ResourceGroupName OTHER_GROUP = ResourceGroupName.of("azurestack-other");

    private final FakeAzure azure = FakeAzure.start();

    @Test
    void deleting_the_group_deletes_its_registrations_and_their_tenants() {
        Stamp stamp = Stamp.payAsYouUse(azure).approved();
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get();

        assertThat(azure.cloud().deleteResourceGroup().delete(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP).get()).isEqualTo(Removal.DELETED);

        assertThat(azure.cloud().getRegistration().get(stamp.key()).getLeft().code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(azure.cloud().listCustomerSubscriptions().list(stamp.key()).getLeft().code())
                .isEqualTo(ErrorCode.RegistrationNotFound);
        assertThat(azure.cloud().getResourceGroup().get(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP).getLeft().code())
                .isEqualTo(ErrorCode.ResourceGroupNotFound);
    }

    @Test
    void a_registration_re_created_in_a_re_created_group_starts_without_tenants_or_approval() {
        Stamp stamp = Stamp.payAsYouUse(azure).approved();
        azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get();
        azure.cloud().deleteResourceGroup().delete(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP).get();

        azure.cloud().createOrUpdateResourceGroup().createOrUpdate(new ResourceGroup(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP, null, null))
                .get();
        Stamp again = Stamp.registered(azure, REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP, stamp.token());

        assertThat(azure.customerSubscriptions().list(again.key()).get()).isEmpty();
        assertThat(azure.customerSubscriptions().add(again.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).getLeft().code())
                .isEqualTo(ErrorCode.UnauthorizedCspRegistration);
    }

    @Test
    void registrations_of_other_groups_survive_and_a_missing_group_is_absent() {
        azure.cloud().createOrUpdateResourceGroup().createOrUpdate(new ResourceGroup(REGISTRATION_SUBSCRIPTION, OTHER_GROUP, null, null))
                .get();
        Stamp survivor = Stamp.registered(azure, REGISTRATION_SUBSCRIPTION, OTHER_GROUP,
                StampTokens.forObject(DefaultWorld.BRIDGE_OBJECT_ID).build());
        Stamp.payAsYouUse(azure);

        azure.cloud().deleteResourceGroup().delete(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP).get();

        assertThat(azure.cloud().getRegistration().get(survivor.key()).get().cloudId()).isEqualTo(survivor.token().cloudId());
        assertThat(azure.cloud().deleteResourceGroup().delete(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP).get()).isEqualTo(Removal.ABSENT);
    }
}
