package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.domain.localusage.LocalSubscription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultLocalDirectoryTest {

    private final InMemoryLocalSubscriptionDirectory directory = new InMemoryLocalSubscriptionDirectory(DefaultLocalDirectory.directory());

    @Test
    void the_default_provider_has_contoso_fabrikam_and_the_reseller_as_direct_tenants() {
        assertThat(directory.directTenantsOf(DefaultLocalDirectory.PROVIDER).map(LocalSubscription::id))
                .containsExactly(DefaultLocalDirectory.CONTOSO, DefaultLocalDirectory.FABRIKAM, DefaultLocalDirectory.RESELLER);
    }

    @Test
    void the_resellers_customer_is_a_direct_tenant_of_the_reseller_only() {
        assertThat(directory.directTenantsOf(DefaultLocalDirectory.RESELLER).map(LocalSubscription::id))
                .containsExactly(DefaultLocalDirectory.RESELLER_CUSTOMER);
        assertThat(directory.find(DefaultLocalDirectory.RESELLER_CUSTOMER).get().isDirectTenantOf(DefaultLocalDirectory.PROVIDER)).isFalse();
    }

    @Test
    void contoso_and_fabrikam_are_owned_by_their_entra_tenants() {
        assertThat(directory.find(DefaultLocalDirectory.CONTOSO).get().owner()).isEqualTo(DefaultLocalDirectory.CONTOSO_TENANT);
        assertThat(directory.find(DefaultLocalDirectory.FABRIKAM).get().owner()).isEqualTo(DefaultLocalDirectory.FABRIKAM_TENANT);
    }

    @Test
    void every_subscription_but_the_default_provider_runs_workloads() {
        assertThat(directory.tenants()).hasSize(4).noneMatch(subscription -> subscription.id().equals(DefaultLocalDirectory.PROVIDER));
    }
}
