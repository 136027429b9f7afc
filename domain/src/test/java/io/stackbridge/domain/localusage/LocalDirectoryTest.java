package io.stackbridge.domain.localusage;

import io.stackbridge.domain.id.SubscriptionId;
import org.junit.jupiter.api.Test;

import static io.stackbridge.domain.localusage.LocalUsageSamples.CONTOSO;
import static io.stackbridge.domain.localusage.LocalUsageSamples.P0;
import static io.stackbridge.domain.localusage.LocalUsageSamples.P1;
import static io.stackbridge.domain.localusage.LocalUsageSamples.T1;
import static io.stackbridge.domain.localusage.LocalUsageSamples.T3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDirectoryTest {

    private final LocalDirectory directory = LocalUsageSamples.directory();

    @Test
    void the_default_provider_sees_its_direct_tenants_including_the_delegated_provider_but_not_the_resellers_tenant() {
        assertThat(directory.directTenantsOf(P0).map(LocalSubscription::id)).containsExactly(T1, P1);
    }

    @Test
    void a_delegated_provider_sees_its_own_tenants_only() {
        assertThat(directory.directTenantsOf(P1).map(LocalSubscription::id)).containsExactly(T3);
    }

    @Test
    void lookups_ignore_the_case_of_the_id() {
        assertThat(directory.find(SubscriptionId.of(T1.value().toUpperCase()))).isNotEmpty();
    }

    @Test
    void every_subscription_but_the_default_provider_can_run_workloads() {
        assertThat(directory.tenants().map(LocalSubscription::id)).containsExactly(T1, P1, T3);
    }

    @Test
    void a_subscription_is_listed_once() {
        assertThatThrownBy(() -> LocalDirectory.of(LocalSubscription.tenantOf(P0, T1, CONTOSO), LocalSubscription.tenantOf(P1, T1, CONTOSO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
