package io.stackbridge.domain.tenant;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TenantMappingsTest {

    private static final RegistrationKey REGISTRATION =
            RegistrationKey.of("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "reg");
    private static final TenantId TENANT_A = TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2");
    private static final TenantId TENANT_B = TenantId.of("0b1e3ba4-4b53-4fd0-9c44-8a1d0f4e9f10");
    private static final SubscriptionId FIRST = SubscriptionId.of("e09a4e93-29a7-4eba-a6d4-76202383f07f");
    private static final SubscriptionId SECOND = SubscriptionId.of("7c2f1d1e-8b66-4f0e-9d1a-2a7e5b1c9d00");

    private static CustomerSubscription mapping(SubscriptionId subscription, TenantId tenant) {
        return new CustomerSubscription(REGISTRATION, subscription, tenant, ETag.from(UUID.randomUUID()));
    }

    @Test
    void a_first_mapping_is_a_creation() {
        var placement = TenantMappings.empty().put(mapping(FIRST, TENANT_A));

        assertThat(placement.created()).isTrue();
        assertThat(placement.displaced()).isEmpty();
        assertThat(placement.mappings().all()).containsExactly(placement.placed());
    }

    @Test
    void a_second_subscription_for_the_same_tenant_replaces_the_first() {
        var first = TenantMappings.empty().put(mapping(FIRST, TENANT_A));

        var second = first.mappings().put(mapping(SECOND, TENANT_A));

        assertThat(second.created()).isTrue();
        assertThat(second.displaced()).containsExactly(first.placed());
        assertThat(second.mappings().all()).containsExactly(second.placed());
        assertThat(second.mappings().forTenant(TENANT_A).get().subscriptionId()).isEqualTo(SECOND);
    }

    @Test
    void putting_the_same_subscription_again_is_an_update() {
        var first = TenantMappings.empty().put(mapping(FIRST, TENANT_A));

        var again = first.mappings().put(mapping(SubscriptionId.of(FIRST.value().toUpperCase()), TENANT_A));

        assertThat(again.created()).isFalse();
        assertThat(again.mappings().size()).isEqualTo(1);
    }

    @Test
    void moving_a_subscription_to_another_tenant_keeps_one_mapping_per_tenant_and_subscription() {
        var mappings = TenantMappings.empty().put(mapping(FIRST, TENANT_A)).mappings().put(mapping(SECOND, TENANT_B)).mappings();

        var moved = mappings.put(mapping(FIRST, TENANT_B));

        assertThat(moved.displaced()).hasSize(2);
        assertThat(moved.mappings().all()).containsExactly(moved.placed());
    }

    @Test
    void removing_returns_the_removed_mapping_and_is_harmless_when_absent() {
        var mappings = TenantMappings.empty().put(mapping(FIRST, TENANT_A)).mappings();

        var removed = mappings.remove(FIRST);
        var nothing = removed._1.remove(FIRST);

        assertThat(removed._2.map(CustomerSubscription::tenantId)).contains(TENANT_A);
        assertThat(removed._1.size()).isZero();
        assertThat(nothing._2.isEmpty()).isTrue();
    }
}
