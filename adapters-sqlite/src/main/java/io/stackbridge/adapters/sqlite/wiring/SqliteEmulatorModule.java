package io.stackbridge.adapters.sqlite.wiring;

import dagger.Binds;
import io.stackbridge.adapters.sqlite.db.SqliteTransactions;
import io.stackbridge.adapters.sqlite.emulator.SqliteCustomerSubscriptionStore;
import io.stackbridge.adapters.sqlite.emulator.SqliteLinkedSubscriptionStore;
import io.stackbridge.adapters.sqlite.emulator.SqliteMultiTenancyApprovals;
import io.stackbridge.adapters.sqlite.emulator.SqliteProviderRegistrations;
import io.stackbridge.adapters.sqlite.emulator.SqliteRegistrationStore;
import io.stackbridge.adapters.sqlite.emulator.SqliteResourceGroupStore;
import io.stackbridge.adapters.sqlite.emulator.SqliteUsageLedger;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageLedgerPort;

/**
 * The emulated Azure's stores in one SQLite database (which the component is given), and its
 * transactions over it. The world's changes and reset need the fake's own types: the composition
 * root adds them ({@code SqliteEmulatorState}, {@code SqliteWorldChanges}).
 */
@dagger.Module
public interface SqliteEmulatorModule {

    @Binds RegistrationStorePort registrations(SqliteRegistrationStore store);

    @Binds CustomerSubscriptionStorePort customerSubscriptions(SqliteCustomerSubscriptionStore store);

    @Binds MultiTenancyApprovalPort approvals(SqliteMultiTenancyApprovals store);

    @Binds ResourceGroupStorePort resourceGroups(SqliteResourceGroupStore store);

    @Binds ProviderRegistrationPort providers(SqliteProviderRegistrations store);

    @Binds UsageLedgerPort ledger(SqliteUsageLedger ledger);

    @Binds LinkedSubscriptionStorePort linkedSubscriptions(SqliteLinkedSubscriptionStore store);

    @Binds TransactionPort transactions(SqliteTransactions transactions);
}
