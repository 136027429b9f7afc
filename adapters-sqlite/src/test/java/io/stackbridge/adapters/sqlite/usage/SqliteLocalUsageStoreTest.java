package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.LocalUsageStoreContract;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The local usage store contract, met by SQLite in a file; and what only a file can show: records survive a reopen. */
class SqliteLocalUsageStoreTest extends LocalUsageStoreContract {

    @TempDir
    Path directory;

    private SqliteDatabase database;

    @Override
    protected LocalUsageStorePort createStore() {
        database = SqliteDatabase.open(directory.resolve("stamp.db"));
        return new SqliteLocalUsageStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void records_survive_closing_and_opening_the_file_again() {
        List<UsageRecord> records = StoredRecords.hours(3, "vm-0");
        store.append(records);
        database.close();

        database = SqliteDatabase.open(directory.resolve("stamp.db"));
        assertThat(new SqliteLocalUsageStore(database).reportedBetween(StoredRecords.DAY, StoredRecords.DAY.plus(Duration.ofDays(1))))
                .containsExactlyElementsOf(records);
    }
}
