package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.domain.id.SubscriptionId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Which provider namespaces each subscription registered, in SQLite (namespaces trimmed and compared without case). */
@Singleton
public final class SqliteProviderRegistrations implements ProviderRegistrationPort {

    private final SqliteDatabase database;

    @Inject
    public SqliteProviderRegistrations(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public boolean isRegistered(SubscriptionId subscriptionId, String namespace) {
        return database.read(connection -> Sql.exists(connection,
                "SELECT 1 FROM provider_registrations WHERE subscription_key = ? AND namespace_key = ?",
                subscriptionId.guid().key(), key(namespace)));
    }

    @Override
    public void register(SubscriptionId subscriptionId, String namespace) {
        database.inTransaction(connection -> Sql.update(connection,
                "INSERT INTO provider_registrations (subscription_key, namespace_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                subscriptionId.guid().key(), key(namespace)));
    }

    private static String key(String namespace) {
        return namespace.trim().toLowerCase(Locale.ROOT);
    }
}
