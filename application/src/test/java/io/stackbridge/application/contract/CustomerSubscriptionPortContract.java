package io.stackbridge.application.contract;

import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer-subscription port's happy paths on an approved PayAsYouUse registration: add (tenant
 * from the directory or given), one subscription per tenant, get, list, remove.
 */
public abstract class CustomerSubscriptionPortContract extends AzureContract {

    private RegistrationKey registration;

    @BeforeEach
    void registerAndApprove() {
        registration = registerPayAsYouUse(bridgeStamp());
        azure.approveMultiTenancy(registration);
    }

    private CustomerSubscription add(String subscription, Option<TenantId> tenant) {
        return right(azure.customerSubscriptions().add(registration, subscription, tenant));
    }

    @Test
    void adding_contoso_maps_the_tenant_the_directory_knows() {
        CustomerSubscription added = add(world().contoso().value(), Option.none());

        assertThat(added.registration()).isEqualTo(registration);
        assertThat(added.subscriptionId()).isEqualTo(world().contoso());
        assertThat(added.tenantId()).isEqualTo(world().contosoTenant());
    }

    @Test
    void get_returns_the_added_mapping() {
        add(world().contoso().value(), Option.none());

        CustomerSubscription read = right(azure.customerSubscriptions().get(registration, world().contoso().value()));

        assertThat(read.subscriptionId()).isEqualTo(world().contoso());
        assertThat(read.tenantId()).isEqualTo(world().contosoTenant());
    }

    @Test
    void list_shows_every_mapping_of_the_registration() {
        add(world().contoso().value(), Option.none());
        add(world().fabrikam().value(), Option.none());

        List<CustomerSubscription> listed = right(azure.customerSubscriptions().list(registration));

        assertThat(listed.map(CustomerSubscription::subscriptionId))
                .containsExactlyInAnyOrder(world().contoso(), world().fabrikam());
        assertThat(listed.map(CustomerSubscription::tenantId))
                .containsExactlyInAnyOrder(world().contosoTenant(), world().fabrikamTenant());
    }

    @Test
    void a_registration_without_tenants_lists_none() {
        assertThat(right(azure.customerSubscriptions().list(registration))).isEmpty();
    }

    @Test
    void adding_a_second_subscription_for_a_tenant_replaces_the_first() {
        add(world().contoso().value(), Option.none());

        CustomerSubscription replacing = add(world().fabrikam().value(), Option.some(world().contosoTenant()));

        assertThat(replacing.tenantId()).isEqualTo(world().contosoTenant());
        List<CustomerSubscription> listed = right(azure.customerSubscriptions().list(registration));
        assertThat(listed).hasSize(1);
        assertThat(listed.head().subscriptionId()).isEqualTo(world().fabrikam());
        assertThat(listed.head().tenantId()).isEqualTo(world().contosoTenant());
        assertThat(left(azure.customerSubscriptions().get(registration, world().contoso().value())).code())
                .isEqualTo(ErrorCode.CustomerSubscriptionNotFound);
    }

    @Test
    void adding_the_same_subscription_again_keeps_one_mapping() {
        add(world().contoso().value(), Option.none());
        add(world().contoso().value(), Option.none());

        assertThat(right(azure.customerSubscriptions().list(registration))).hasSize(1);
    }

    @Test
    void remove_deletes_the_mapping_then_finds_nothing_to_remove() {
        add(world().contoso().value(), Option.none());

        assertThat(right(azure.customerSubscriptions().remove(registration, world().contoso().value()))).isEqualTo(Removal.DELETED);
        assertThat(right(azure.customerSubscriptions().remove(registration, world().contoso().value()))).isEqualTo(Removal.ABSENT);
        assertThat(right(azure.customerSubscriptions().list(registration))).isEmpty();
        assertThat(left(azure.customerSubscriptions().get(registration, world().contoso().value())).code())
                .isEqualTo(ErrorCode.CustomerSubscriptionNotFound);
    }
}
