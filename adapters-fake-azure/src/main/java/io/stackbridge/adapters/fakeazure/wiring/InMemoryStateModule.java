package io.stackbridge.adapters.fakeazure.wiring;

import dagger.Binds;
import dagger.multibindings.IntoSet;
import io.stackbridge.adapters.fakeazure.ResetToWorld;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.adapters.fakeazure.store.InMemoryCustomerSubscriptionStore;
import io.stackbridge.adapters.fakeazure.store.InMemoryMultiTenancyApprovals;
import io.stackbridge.adapters.fakeazure.store.InMemoryLinkedSubscriptionStore;
import io.stackbridge.adapters.fakeazure.store.InMemoryProviderRegistrations;
import io.stackbridge.adapters.fakeazure.store.InMemoryRegistrationStore;
import io.stackbridge.adapters.fakeazure.store.InMemoryResourceGroupStore;
import io.stackbridge.adapters.fakeazure.store.InMemoryUsageLedger;
import io.stackbridge.adapters.support.memory.InMemoryTransactions;
import io.stackbridge.adapters.fakeazure.world.CurrentWorld;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.ResetPort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.application.port.out.WorldPort;

/**
 * The fake Azure's state kept in memory: its stores, the world's changes, one lock as transactions,
 * and reset under that lock. Another composition can replace this module to keep the state elsewhere.
 */
@dagger.Module
public interface InMemoryStateModule {

    @Binds RegistrationStorePort registrations(InMemoryRegistrationStore store);
    @Binds CustomerSubscriptionStorePort customerSubscriptions(InMemoryCustomerSubscriptionStore store);
    @Binds MultiTenancyApprovalPort approvals(InMemoryMultiTenancyApprovals store);
    @Binds ResourceGroupStorePort resourceGroups(InMemoryResourceGroupStore store);
    @Binds ProviderRegistrationPort providers(InMemoryProviderRegistrations store);
    @Binds UsageLedgerPort ledger(InMemoryUsageLedger ledger);
    @Binds LinkedSubscriptionStorePort linkedSubscriptions(InMemoryLinkedSubscriptionStore store);
    @Binds TransactionPort transactions(InMemoryTransactions transactions);
    @Binds WorldPort worldPort(CurrentWorld world);
    @Binds ResetPort reset(ResetToWorld reset);

    @Binds @IntoSet Resettable registrationsReset(InMemoryRegistrationStore store);
    @Binds @IntoSet Resettable customerSubscriptionsReset(InMemoryCustomerSubscriptionStore store);
    @Binds @IntoSet Resettable approvalsReset(InMemoryMultiTenancyApprovals store);
    @Binds @IntoSet Resettable resourceGroupsReset(InMemoryResourceGroupStore store);
    @Binds @IntoSet Resettable providersReset(InMemoryProviderRegistrations store);
    @Binds @IntoSet Resettable ledgerReset(InMemoryUsageLedger ledger);
    @Binds @IntoSet Resettable linkedSubscriptionsReset(InMemoryLinkedSubscriptionStore store);
}
