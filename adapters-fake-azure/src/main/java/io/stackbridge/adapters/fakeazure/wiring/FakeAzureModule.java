package io.stackbridge.adapters.fakeazure.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.fault.FaultSeed;
import io.stackbridge.adapters.fakeazure.identity.RsaTokenSigning;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessTimeout;
import io.stackbridge.adapters.fakeazure.journal.OperationJournal;
import io.stackbridge.adapters.fakeazure.store.InMemoryCustomerSubscriptionStore;
import io.stackbridge.adapters.fakeazure.store.InMemoryMultiTenancyApprovals;
import io.stackbridge.adapters.fakeazure.store.InMemoryProviderRegistrations;
import io.stackbridge.adapters.fakeazure.store.InMemoryRegistrationStore;
import io.stackbridge.adapters.fakeazure.store.InMemoryResourceGroupStore;
import io.stackbridge.adapters.fakeazure.store.InMemoryUsageLedger;
import io.stackbridge.adapters.fakeazure.store.LockTransactions;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.world.CurrentWorld;
import io.stackbridge.adapters.fakeazure.world.InMemoryServicePrincipals;
import io.stackbridge.adapters.fakeazure.world.InMemorySubscriptionDirectory;
import io.stackbridge.adapters.fakeazure.ResetToWorld;
import io.stackbridge.application.port.out.ClockControlPort;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.application.port.out.ResetPort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.ServicePrincipalPort;
import io.stackbridge.application.port.out.SubscriptionDirectoryPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.world.World;

import java.time.Clock;
import java.time.Duration;

/** The fake Azure's driven ports (in memory), its configuration, and the parts that reset. */
@Module
public abstract class FakeAzureModule {

    @Binds abstract RegistrationStorePort registrations(InMemoryRegistrationStore store);
    @Binds abstract CustomerSubscriptionStorePort customerSubscriptions(InMemoryCustomerSubscriptionStore store);
    @Binds abstract MultiTenancyApprovalPort approvals(InMemoryMultiTenancyApprovals store);
    @Binds abstract ResourceGroupStorePort resourceGroups(InMemoryResourceGroupStore store);
    @Binds abstract ProviderRegistrationPort providers(InMemoryProviderRegistrations store);
    @Binds abstract SubscriptionDirectoryPort directory(InMemorySubscriptionDirectory directory);
    @Binds abstract ServicePrincipalPort principals(InMemoryServicePrincipals principals);
    @Binds abstract UsageLedgerPort ledger(InMemoryUsageLedger ledger);
    @Binds abstract ClockPort clock(AdjustableClock clock);
    @Binds abstract TransactionPort transactions(LockTransactions transactions);
    @Binds abstract TokenSigningPort signing(RsaTokenSigning signing);
    @Binds abstract RegistrationTokenCodecPort codec(JsonRegistrationTokenCodec codec);
    @Binds abstract FaultRulesPort faultRules(FaultInjector faults);
    @Binds abstract OperationJournalPort operationJournal(OperationJournal journal);
    @Binds abstract ClockControlPort clockControl(AdjustableClock clock);
    @Binds abstract WorldPort worldPort(CurrentWorld world);
    @Binds abstract ResetPort reset(ResetToWorld reset);

    @Binds @IntoSet abstract Resettable registrationsReset(InMemoryRegistrationStore store);
    @Binds @IntoSet abstract Resettable customerSubscriptionsReset(InMemoryCustomerSubscriptionStore store);
    @Binds @IntoSet abstract Resettable approvalsReset(InMemoryMultiTenancyApprovals store);
    @Binds @IntoSet abstract Resettable resourceGroupsReset(InMemoryResourceGroupStore store);
    @Binds @IntoSet abstract Resettable providersReset(InMemoryProviderRegistrations store);
    @Binds @IntoSet abstract Resettable ledgerReset(InMemoryUsageLedger ledger);
    @Binds @IntoSet abstract Resettable worldReset(CurrentWorld world);
    @Binds @IntoSet abstract Resettable faultsReset(FaultInjector faults);
    @Binds @IntoSet abstract Resettable journalReset(OperationJournal journal);
    @Binds @IntoSet abstract Resettable clockReset(AdjustableClock clock);

    /** The initial world (the current one is {@link CurrentWorld}). */
    @Provides
    static World world(FakeAzureSettings settings) {
        return settings.world();
    }

    @Provides
    @FaultSeed
    static long faultSeed(FakeAzureSettings settings) {
        return settings.faultSeed();
    }

    /** The base clock under the adjustable one. */
    @Provides
    static Clock baseClock(FakeAzureSettings settings) {
        return settings.clock();
    }

    @Provides
    static AzureEndpoints endpoints(FakeAzureSettings settings) {
        return settings.endpoints();
    }

    @Provides
    @InProcessTimeout
    static Duration inProcessTimeout(FakeAzureSettings settings) {
        return settings.inProcessTimeout();
    }
}
