package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The provider's linked subscriptions in SQLite, looked up by subscription, resource group and name in any case. */
@Singleton
public final class SqliteLinkedSubscriptionStore implements LinkedSubscriptionStorePort {

    private static final String SELECT = "SELECT * FROM linked_subscriptions WHERE ";

    private final SqliteDatabase database;

    @Inject
    public SqliteLinkedSubscriptionStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Option<LinkedSubscription> find(LinkedSubscriptionKey key) {
        return database.read(connection -> Sql.first(connection, SELECT + LinkedSubscriptionRows.MATCH, LinkedSubscriptionRows::row,
                LinkedSubscriptionRows.key(key)));
    }

    @Override
    public List<LinkedSubscription> inSubscription(SubscriptionId subscriptionId) {
        return database.read(connection -> Sql.query(connection, SELECT + "subscription_key = ? ORDER BY name_key, resource_group_key",
                LinkedSubscriptionRows::row, subscriptionId.guid().key()));
    }

    @Override
    public List<LinkedSubscription> inResourceGroup(SubscriptionId subscriptionId, ResourceGroupName resourceGroup) {
        return database.read(connection -> Sql.query(connection,
                SELECT + "subscription_key = ? AND resource_group_key = ? ORDER BY name_key", LinkedSubscriptionRows::row,
                subscriptionId.guid().key(), resourceGroup.key()));
    }

    /** Replaces the row under the same key by the new one. */
    @Override
    public void save(LinkedSubscription linkedSubscription) {
        database.inTransaction(connection -> {
            Sql.update(connection, "DELETE FROM linked_subscriptions WHERE " + LinkedSubscriptionRows.MATCH,
                    LinkedSubscriptionRows.key(linkedSubscription.key()));
            return Sql.update(connection, LinkedSubscriptionRows.INSERT, LinkedSubscriptionRows.values(linkedSubscription));
        });
    }

    @Override
    public void delete(LinkedSubscriptionKey key) {
        database.inTransaction(connection -> Sql.update(connection, "DELETE FROM linked_subscriptions WHERE " + LinkedSubscriptionRows.MATCH,
                LinkedSubscriptionRows.key(key)));
    }
}
