package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The registration provider's registrations in SQLite, looked up by subscription, resource group and name in any case. */
@Singleton
public final class SqliteRegistrationStore implements RegistrationStorePort {

    private final SqliteDatabase database;

    @Inject
    public SqliteRegistrationStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Option<Registration> find(RegistrationKey key) {
        return database.read(connection -> RegistrationRows.select(connection, KeyColumns.MATCH, "id", KeyColumns.of(key)))
                .headOption();
    }

    @Override
    public List<Registration> inSubscription(SubscriptionId subscriptionId) {
        return database.read(connection -> RegistrationRows.select(connection, "subscription_key = ?", "name_key, id",
                subscriptionId.guid().key()));
    }

    @Override
    public List<Registration> all() {
        return database.read(connection -> RegistrationRows.select(connection, "1 = 1", "subscription_key, resource_group_key, name_key, id"));
    }

    @Override
    public Option<Registration> withCloudId(CloudId cloudId) {
        return database.read(connection -> RegistrationRows.select(connection, "cloud_key = ?", "id", cloudId.guid().key()))
                .headOption();
    }

    /** Replaces the row under the same key (its nodes go with it) by the new one. */
    @Override
    public void save(Registration registration) {
        database.inTransaction(connection -> {
            Sql.update(connection, "DELETE FROM registrations WHERE " + KeyColumns.MATCH, KeyColumns.of(registration.key()));
            RegistrationRows.insert(connection, registration);
            return null;
        });
    }

    @Override
    public void delete(RegistrationKey key) {
        database.inTransaction(connection -> Sql.update(connection, "DELETE FROM registrations WHERE " + KeyColumns.MATCH,
                KeyColumns.of(key)));
    }
}
