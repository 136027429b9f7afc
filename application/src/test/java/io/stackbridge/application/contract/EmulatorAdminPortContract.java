package io.stackbridge.application.contract;

import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.application.port.out.EmulatorAdminPort.Done;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.world.World;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's controls as the terminal reaches them (faults, journal, clock, world, reset,
 * approvals, the usage ledger), the same whether in process or over HTTPS; each test starts on a
 * PayAsYouUse stamp registered and signed in for usage (see {@link UsageContract}).
 */
public abstract class EmulatorAdminPortContract extends UsageContract {

    /** The controls of the Azure under test. */
    protected abstract EmulatorAdminPort admin();

    @Test
    void a_rule_added_is_listed_as_stored_then_fires_on_the_stack_side() {
        FaultRule rule = Faults.times(2, Operation.Registrations_Get, new FaultEffect.ReturnError(ErrorCode.ServiceUnavailable));

        FaultRule stored = right(admin().addFaultRule(rule));

        assertThat(stored).isEqualTo(rule);
        assertThat(right(admin().faultRules())).containsExactly(rule);
        assertThat(left(azure.registrations().get(registration)).code()).isEqualTo(ErrorCode.ServiceUnavailable);
        assertThat(right(admin().faultRules()).single().remaining()).contains(1);
    }

    @Test
    void a_preset_added_twice_stays_one_rule_and_removing_it_twice_finds_nothing_the_second_time() {
        right(admin().addFaultRule(FaultPreset.USAGE_SERVICE_BUSY.rule()));
        right(admin().addFaultRule(FaultPreset.USAGE_SERVICE_BUSY.rule(3)));

        assertThat(right(admin().faultRules())).containsExactly(FaultPreset.USAGE_SERVICE_BUSY.rule(3));
        assertThat(right(admin().removeFaultRule(FaultPreset.USAGE_SERVICE_BUSY.presetName()))).isEqualTo(Removal.DELETED);
        assertThat(right(admin().removeFaultRule(FaultPreset.USAGE_SERVICE_BUSY.presetName()))).isEqualTo(Removal.ABSENT);
    }

    @Test
    void clearing_the_rules_leaves_none() {
        right(admin().addFaultRule(FaultPreset.NETWORK_DOWN.rule()));
        right(admin().addFaultRule(FaultPreset.DIRECTORY_DOWN.rule()));

        assertThat(right(admin().clearFaultRules(Option.some(42L)))).isEqualTo(Done.DONE);

        assertThat(right(admin().faultRules())).isEmpty();
        assertThat(right(azure.registrations().get(registration)).key()).isEqualTo(registration);
    }

    @Test
    void the_journal_shows_the_calls_filtered_by_operation_and_outcome_and_clears() {
        right(admin().clearJournal());
        right(admin().addFaultRule(Faults.times(1, Operation.Registrations_Get, new FaultEffect.ReturnError(ErrorCode.ServiceUnavailable))));
        left(azure.registrations().get(registration));
        right(azure.registrations().get(registration));

        JournalContents gets = right(admin().journal(new JournalQuery(Option.some(Operation.Registrations_Get), Option.none(),
                Option.none())));
        JournalContents refused = right(admin().journal(new JournalQuery(Option.none(), Option.some("ServiceUnavailable"),
                Option.none())));

        assertThat(gets.entries().map(JournalEntry::outcome)).containsExactly("ServiceUnavailable", JournalEntry.OK);
        assertThat(gets.entries().head().faultRule().isDefined()).isTrue();
        assertThat(refused.entries()).hasSize(1);
        right(admin().clearJournal());
        assertThat(right(admin().journal(JournalQuery.ALL)).entries()).isEmpty();
    }

    @Test
    void the_clock_moves_and_reads_back_and_an_offset_beyond_ten_years_is_refused() {
        assertThat(right(admin().setClockOffset(Duration.ofHours(2)))).isEqualTo(Duration.ofHours(2));
        assertThat(right(admin().clockOffset())).isEqualTo(Duration.ofHours(2));

        assertThat(left(admin().setClockOffset(Duration.ofDays(3700))).code()).isEqualTo(ErrorCode.InvalidRequestContent);
        assertThat(right(admin().clockOffset())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void reset_forgets_the_registrations_the_rules_and_the_clock_offset() {
        right(admin().addFaultRule(FaultPreset.DIRECTORY_DOWN.rule()));
        right(admin().setClockOffset(Duration.ofMinutes(5)));

        assertThat(right(admin().reset())).isEqualTo(Done.DONE);

        assertThat(right(admin().faultRules())).isEmpty();
        assertThat(right(admin().clockOffset())).isEqualTo(Duration.ZERO);
        assertThat(left(azure.registrations().get(registration)).code()).isEqualTo(ErrorCode.ResourceNotFound);
    }

    @Test
    void an_approval_lets_the_registration_add_tenants_and_a_revocation_stops_new_ones() {
        String contoso = world().contoso().value();
        assertThat(left(azure.customerSubscriptions().add(registration, contoso, Option.none())).code())
                .isEqualTo(ErrorCode.UnauthorizedCspRegistration);

        right(admin().approveMultiTenancy(registration));
        right(azure.customerSubscriptions().add(registration, contoso, Option.none()));
        right(admin().revokeMultiTenancy(registration));

        assertThat(left(azure.customerSubscriptions().add(registration, world().fabrikam().value(), Option.none())).code())
                .isEqualTo(ErrorCode.UnauthorizedCspRegistration);
    }

    @Test
    void approving_a_registration_that_does_not_exist_is_refused_with_its_code() {
        right(azure.registrations().delete(registration));

        assertThat(left(admin().approveMultiTenancy(registration)).code()).isEqualTo(ErrorCode.RegistrationNotFound);
    }

    @Test
    void the_ledger_totals_what_was_booked_by_meter_and_lists_the_batch() {
        right(push(batchOf(unmapped.hourly("0.1", "0.2"))));

        LedgerSummary all = right(admin().usage(SummaryQuery.ALL));
        LedgerSummary byMeter = right(admin().usage(new SummaryQuery(SummaryQuery.ALL.filter(), Option.some(stamp.cloudId()),
                LinkedHashSet.of(LedgerGrouping.METER, LedgerGrouping.REGISTRATION))));
        ReceivedBatches batches = right(admin().batches(new BatchQuery(Option.none(), 0, 10)));

        assertThat(all.records()).isEqualTo(2);
        assertThat(all.quantity()).isEqualTo(Quantity.of("0.3"));
        assertThat(byMeter.groups()).singleElement().satisfies(group -> {
            assertThat(group.meterId()).contains(UsageRecords.BASE_VM);
            assertThat(group.registration()).contains(registration);
            assertThat(group.billedTo()).isEmpty();
        });
        assertThat(batches.total()).isEqualTo(1);
        assertThat(batches.page().single().cloudId()).isEqualTo(stamp.cloudId());
        assertThat(batches.page().single().booked()).isEqualTo(2);
    }

    @Test
    void the_world_shows_the_starting_subscriptions_and_principals_without_a_usable_secret() {
        World world = right(admin().world());

        assertThat(world.subscriptions().map(subscription -> subscription.id()))
                .contains(world().registrationSubscription(), world().contoso());
        assertThat(world.principals().find(principal -> principal.clientId().equals(world().bridgeClientId())))
                .singleElement().satisfies(principal -> assertThat(principal.secret().matches(world().bridgeSecret())).isFalse());
        assertThat(world.resourceGroups().map(group -> group.name())).contains(world().resourceGroup());
    }

    @Test
    void a_subscription_and_a_principal_put_into_the_world_are_shown_and_the_principal_signs_in() {
        SubscriptionId added = new SubscriptionId(Guid.random());
        ServicePrincipal principal = new ServicePrincipal(world().bridgeTenant(), new ClientId(Guid.random()), new ObjectId(Guid.random()),
                new ClientSecret("a-secret-of-our-own"), true, "trainee");

        right(admin().putSubscription(new DirectorySubscription(added, OfferType.CSP, Option.some(PartnerId.of("stackbridge-csp")),
                world().contosoTenant())));
        right(admin().putPrincipal(principal));

        World world = right(admin().world());
        assertThat(world.subscriptions().find(subscription -> subscription.id().equals(added))).singleElement()
                .satisfies(subscription -> assertThat(subscription.tenant()).isEqualTo(world().contosoTenant()));
        assertThat(world.principals().map(ServicePrincipal::clientId)).contains(principal.clientId());
        assertThat(right(azure.tokens().acquire(new TokenRequest(azure.endpoints().login(), principal.tenantId(), principal.clientId(),
                "a-secret-of-our-own", azure.endpoints().usageResourceUri() + "/.default"))).value()).isNotBlank();
    }
}
