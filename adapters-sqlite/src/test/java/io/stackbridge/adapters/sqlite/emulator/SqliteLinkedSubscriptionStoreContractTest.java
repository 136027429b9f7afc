package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.LinkedSubscriptionStoreContract;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import org.junit.jupiter.api.AfterEach;

/** The SQLite linked subscriptions keep the store contract, so that they answer as the in-memory ones do. */
class SqliteLinkedSubscriptionStoreContractTest extends LinkedSubscriptionStoreContract {

    private final java.util.List<SqliteDatabase> opened = new java.util.ArrayList<>();

    @Override
    protected LinkedSubscriptionStorePort createStore() {
        SqliteDatabase database = SqliteDatabase.inMemory();
        opened.add(database);
        return new SqliteLinkedSubscriptionStore(database);
    }

    @AfterEach
    void close() {
        opened.forEach(SqliteDatabase::close);
    }
}
