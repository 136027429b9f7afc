package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The emulator's tables as a whole: seeded from the initial world the first time (its resource groups
 * and registered providers), and emptied then seeded again on reset, each in one transaction.
 */
@Singleton
public final class SqliteEmulatorState {

    /**
     * Every table of the emulator's state, children before their parents; the dictionaries the ledger's
     * rows point to ({@code ledger_bookings}, {@code usage_series}, {@code usage_detail}) stay, as their cached ids do.
     */
    static final List<String> TABLES = List.of("registration_nodes", "registrations", "customer_subscriptions",
            "multi_tenancy_approvals", "resource_groups", "provider_registrations", "world_subscriptions", "world_principals",
            "ledger_rows", "ledger_batches", "linked_subscriptions", "emulator_seed");

    private final SqliteDatabase database;
    private final SqliteResourceGroupStore groups;
    private final SqliteProviderRegistrations providers;

    @Inject
    public SqliteEmulatorState(SqliteDatabase database, SqliteResourceGroupStore groups, SqliteProviderRegistrations providers) {
        this.database = database;
        this.groups = groups;
        this.providers = providers;
    }

    /** Seeds from {@code initial} unless this database was seeded already (a restart keeps what it holds). */
    public void seedOnce(World initial) {
        database.inTransaction(connection -> {
            if (!Sql.exists(connection, "SELECT 1 FROM emulator_seed")) {
                seed(connection, initial);
            }
            return null;
        });
    }

    /** Empties every table and seeds from {@code initial}: the state of a first start. */
    public void resetTo(World initial) {
        database.inTransaction(connection -> {
            for (String table : TABLES) {
                Sql.update(connection, "DELETE FROM " + table);
            }
            seed(connection, initial);
            return null;
        });
    }

    private void seed(Connection connection, World initial) throws SQLException {
        initial.resourceGroups().forEach(groups::save);
        initial.providers()
                .filter(provider -> provider.state() == ProviderRegistration.State.Registered)
                .forEach(provider -> providers.register(provider.subscriptionId(), provider.namespace()));
        Sql.update(connection, "INSERT INTO emulator_seed (id, seeded_at) VALUES (1, ?)", StoredInstant.text(Instant.now()));
    }
}
