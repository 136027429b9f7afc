package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.BridgeHealthContract;
import io.stackbridge.application.port.out.BridgeHealthPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The bridge's health contract, met by SQLite in a file. */
class SqliteBridgeHealthTest extends BridgeHealthContract {

    @TempDir
    Path directory;

    private SqliteDatabase database;

    @Override
    protected BridgeHealthPort createStore() {
        database = SqliteDatabase.open(directory.resolve("stamp.db"));
        return new SqliteBridgeHealth(database);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
