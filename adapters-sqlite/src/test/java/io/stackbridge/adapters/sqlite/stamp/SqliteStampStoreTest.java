package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.StampStoreContract;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.stamp.Stamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The stamp's identity contract, met by SQLite in a file. */
class SqliteStampStoreTest extends StampStoreContract {

    @TempDir
    Path directory;

    private SqliteDatabase database;

    @Override
    protected StampStorePort createStore(Stamp initial) {
        database = SqliteDatabase.open(directory.resolve("stamp.db"));
        return new SqliteStampStore(database, initial);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
