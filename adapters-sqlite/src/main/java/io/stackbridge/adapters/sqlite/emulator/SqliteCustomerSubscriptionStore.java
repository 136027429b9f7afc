package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.tenant.TenantMappings;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Each registration's tenant mappings in SQLite, one row per mapping in placement order, saved and read as a whole. */
@Singleton
public final class SqliteCustomerSubscriptionStore implements CustomerSubscriptionStorePort {

    private static final String INSERT = "INSERT INTO customer_subscriptions (subscription_key, resource_group_key, name_key, position, "
            + "registration_subscription_id, registration_resource_group, registration_name, customer_subscription_id, tenant_id, etag) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final SqliteDatabase database;

    @Inject
    public SqliteCustomerSubscriptionStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public TenantMappings mappings(RegistrationKey registration) {
        List<CustomerSubscription> rows = database.read(connection -> Sql.query(connection,
                "SELECT * FROM customer_subscriptions WHERE " + KeyColumns.MATCH + " ORDER BY position",
                SqliteCustomerSubscriptionStore::read, KeyColumns.of(registration)));
        return rows.foldLeft(TenantMappings.empty(), (mappings, mapping) -> mappings.put(mapping).mappings());
    }

    @Override
    public void save(RegistrationKey registration, TenantMappings mappings) {
        database.inTransaction(connection -> {
            removeAll(connection, registration);
            List<CustomerSubscription> all = mappings.all();
            for (int position = 0; position < all.size(); position++) {
                CustomerSubscription mapping = all.get(position);
                RegistrationKey owner = mapping.registration();
                Sql.update(connection, INSERT, KeyColumns.of(registration, position, owner.subscriptionId().value(),
                        owner.resourceGroup().value(), owner.name().value(), mapping.subscriptionId().value(), mapping.tenantId().value(),
                        mapping.etag().value()));
            }
            return null;
        });
    }

    @Override
    public void removeAll(RegistrationKey registration) {
        database.inTransaction(connection -> removeAll(connection, registration));
    }

    private static int removeAll(Connection connection, RegistrationKey registration) throws SQLException {
        return Sql.update(connection, "DELETE FROM customer_subscriptions WHERE " + KeyColumns.MATCH, KeyColumns.of(registration));
    }

    private static CustomerSubscription read(ResultSet row) throws SQLException {
        return new CustomerSubscription(RegistrationKey.of(row.getString("registration_subscription_id"),
                row.getString("registration_resource_group"), row.getString("registration_name")),
                SubscriptionId.of(row.getString("customer_subscription_id")), TenantId.of(row.getString("tenant_id")),
                new ETag(row.getString("etag")));
    }
}
