package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.ActivationStoreContract;
import io.stackbridge.application.port.out.ActivationStorePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The stamp's activation contract, met by SQLite in a file. */
class SqliteActivationStoreTest extends ActivationStoreContract {

    @TempDir
    Path directory;

    private SqliteDatabase database;

    @Override
    protected ActivationStorePort createStore() {
        database = SqliteDatabase.open(directory.resolve("stamp.db"));
        return new SqliteActivationStore(database);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
