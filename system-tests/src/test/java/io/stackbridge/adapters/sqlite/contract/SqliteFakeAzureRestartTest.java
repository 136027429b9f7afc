package io.stackbridge.adapters.sqlite.contract;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.UsageContract;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/** What the data directory is for: the fake's state outlives a restart, and reset empties it and seeds the initial world again. */
class SqliteFakeAzureRestartTest extends UsageContract {

    private static final DirectorySubscription PUT = new DirectorySubscription(SubscriptionId.of("12121212-0002-4000-8000-000000000001"),
            OfferType.CSP, Option.some(PartnerId.of("stackbridge-csp")), TenantId.of("12121212-0001-4000-8000-000000000001"));

    @Override
    protected AzureUnderTest startAzure() {
        return SqliteBackedAzure.start();
    }

    @Test
    void registrations_tenants_world_changes_and_the_ledger_survive_a_restart() {
        azure.approveMultiTenancy(registration);
        right(azure.customerSubscriptions().add(registration, world().contoso().value(), Option.none()));
        fake().putDirectorySubscription().put(PUT);
        UsageBatch batch = batchOf(unmapped.hourly("1.5", "2.25"));
        assertThat(right(push(batch)).alreadyReceived()).isFalse();
        RegistrationSummary before = right(azure.registrations().get(registration));
        List<LedgerTotal> ledger = azure.ledger();

        restart();

        assertThat(right(azure.registrations().get(registration))).isEqualTo(before);
        assertThat(right(azure.customerSubscriptions().list(registration)).map(CustomerSubscription::subscriptionId))
                .containsExactly(world().contoso());
        assertThat(fake().readWorld().world().subscriptions()).contains(PUT);
        assertThat(azure.ledger()).isEqualTo(ledger);
        assertThat(right(push(batch)).alreadyReceived()).isTrue();
        assertThat(right(azure.customerSubscriptions().add(registration, world().fabrikam().value(), Option.none())).tenantId())
                .isEqualTo(world().fabrikamTenant());
    }

    @Test
    void reset_empties_every_table_and_seeds_the_initial_world_again_also_across_a_restart() {
        azure.approveMultiTenancy(registration);
        right(azure.customerSubscriptions().add(registration, world().contoso().value(), Option.none()));
        fake().putDirectorySubscription().put(PUT);
        right(push(batchOf(unmapped.hourly("1"))));

        fake().resetEmulator().reset();
        restart();

        assertThat(left(azure.registrations().get(registration)).code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(azure.ledger()).isEmpty();
        assertThat(fake().readWorld().world()).isEqualTo(DefaultWorld.world());
        registerPayAsYouUse(stamp);
        assertThat(left(azure.customerSubscriptions().add(registration, world().contoso().value(), Option.none())).code())
                .isEqualTo(ErrorCode.UnauthorizedCspRegistration);
        assertThat(right(push(batchOf(unmapped.hourly("1")))).alreadyReceived()).isFalse();
    }

    @Test
    void a_world_change_made_twice_keeps_its_place_and_its_last_content() {
        DirectorySubscription moved = new DirectorySubscription(PUT.id(), OfferType.EA, Option.none(), new TenantId(Guid.random()));
        fake().putDirectorySubscription().put(PUT);
        fake().putDirectorySubscription().put(new DirectorySubscription(world().unknownSubscription(), OfferType.PAYG, Option.none(),
                new TenantId(Guid.random())));
        fake().putDirectorySubscription().put(moved);
        List<DirectorySubscription> before = fake().readWorld().world().subscriptions();

        restart();

        assertThat(fake().readWorld().world().subscriptions()).isEqualTo(before).contains(moved).doesNotContain(PUT);
    }

    private SqliteFakeAzureComponent fake() {
        return ((SqliteBackedAzure) azure).fake();
    }

    /**
     * Restarts on the same database. The fake makes a new signing key at each start (its key is not
     * part of the kept state), so the bridge signs in again, as it would after a 401.
     */
    private void restart() {
        azure = ((SqliteBackedAzure) azure).restarted();
        accessToken = tokenFor(azure.endpoints().usageResourceUri() + "/.default");
    }
}
