package io.stackbridge.adapters.sqlite.wiring;

import dagger.Binds;
import io.stackbridge.adapters.sqlite.db.SqliteTransactions;
import io.stackbridge.adapters.sqlite.stamp.SqliteActivationStore;
import io.stackbridge.adapters.sqlite.stamp.SqliteBridgeHealth;
import io.stackbridge.adapters.sqlite.stamp.SqliteStampStore;
import io.stackbridge.adapters.sqlite.usage.SqliteLocalUsageStore;
import io.stackbridge.adapters.sqlite.usage.SqliteUsageOutbox;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageOutboxPort;

/**
 * The stamp's durable state in one SQLite database (which the component is given): its local usage,
 * the bridge's outbox, the stamp's identity (the component also binds the {@code Stamp} it starts
 * with), the activation it applied and the bridge's health; and its units of work as transactions over
 * that database, so that simulated records enter the local usage and the outbox together.
 */
@dagger.Module
public interface SqliteStackModule {

    @Binds LocalUsageStorePort localUsage(SqliteLocalUsageStore store);

    @Binds UsageOutboxPort outbox(SqliteUsageOutbox outbox);

    @Binds StampStorePort stamp(SqliteStampStore store);

    @Binds ActivationStorePort activation(SqliteActivationStore store);

    @Binds BridgeHealthPort health(SqliteBridgeHealth health);

    @Binds TransactionPort transactions(SqliteTransactions transactions);
}
