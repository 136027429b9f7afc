package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.JsonText;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;

/** ARM's resource groups in SQLite, keyed by subscription and name without regard to case. */
@Singleton
public final class SqliteResourceGroupStore implements ResourceGroupStorePort {

    private final SqliteDatabase database;

    @Inject
    public SqliteResourceGroupStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Option<ResourceGroup> find(SubscriptionId subscriptionId, ResourceGroupName name) {
        return database.read(connection -> Sql.first(connection,
                "SELECT * FROM resource_groups WHERE subscription_key = ? AND name_key = ?", SqliteResourceGroupStore::read,
                subscriptionId.guid().key(), name.key()));
    }

    @Override
    public void save(ResourceGroup group) {
        database.inTransaction(connection -> Sql.update(connection, "INSERT OR REPLACE INTO resource_groups "
                        + "(subscription_key, name_key, subscription_id, name, location, tags) VALUES (?, ?, ?, ?, ?, ?)",
                group.subscriptionId().guid().key(), group.name().key(), group.subscriptionId().value(), group.name().value(),
                group.location(), JsonText.ofMap(group.tags())));
    }

    @Override
    public void delete(SubscriptionId subscriptionId, ResourceGroupName name) {
        database.inTransaction(connection -> Sql.update(connection,
                "DELETE FROM resource_groups WHERE subscription_key = ? AND name_key = ?", subscriptionId.guid().key(), name.key()));
    }

    private static ResourceGroup read(ResultSet row) throws SQLException {
        return new ResourceGroup(SubscriptionId.of(row.getString("subscription_id")), ResourceGroupName.of(row.getString("name")),
                row.getString("location"), JsonText.toMap(row.getString("tags")));
    }
}
