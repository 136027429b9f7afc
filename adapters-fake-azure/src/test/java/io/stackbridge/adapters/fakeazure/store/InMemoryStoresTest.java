package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

class InMemoryStoresTest {

    private static final SubscriptionId SAME_IN_UPPER_CASE = SubscriptionId.of(REGISTRATION_SUBSCRIPTION.value().toUpperCase());

    @Test
    void provider_namespaces_compare_without_case_and_start_from_the_world() {
        InMemoryProviderRegistrations providers = new InMemoryProviderRegistrations(DefaultWorld.world());
        SubscriptionId other = DefaultWorld.CONTOSO_SUBSCRIPTION;

        providers.register(other, "microsoft.azurestack");

        assertThat(providers.isRegistered(SAME_IN_UPPER_CASE, "MICROSOFT.AZURESTACK")).isTrue();
        assertThat(providers.isRegistered(other, "Microsoft.AzureStack")).isTrue();
        assertThat(providers.isRegistered(other, "Microsoft.Compute")).isFalse();
        providers.reset();
        assertThat(providers.isRegistered(other, "Microsoft.AzureStack")).isFalse();
    }

    @Test
    void resource_groups_are_found_in_any_case_and_come_back_on_reset() {
        InMemoryResourceGroupStore groups = new InMemoryResourceGroupStore(DefaultWorld.world());

        groups.delete(SAME_IN_UPPER_CASE, ResourceGroupName.of("AzureStack"));
        groups.save(new ResourceGroup(REGISTRATION_SUBSCRIPTION, ResourceGroupName.of("Extra"), "eastus", null));

        assertThat(groups.find(REGISTRATION_SUBSCRIPTION, DefaultWorld.RESOURCE_GROUP).isEmpty()).isTrue();
        assertThat(groups.find(SAME_IN_UPPER_CASE, ResourceGroupName.of("extra")).get().location()).isEqualTo("eastus");
        groups.reset();
        assertThat(groups.find(REGISTRATION_SUBSCRIPTION, DefaultWorld.RESOURCE_GROUP).isDefined()).isTrue();
        assertThat(groups.find(REGISTRATION_SUBSCRIPTION, ResourceGroupName.of("extra")).isEmpty()).isTrue();
    }
}
