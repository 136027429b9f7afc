package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.DatabaseFile;
import io.stackbridge.application.contract.LocalUsageStoreContract;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The local usage store contract, met by SQLite in a file; and what only a file can show: records survive a reopen. */
class SqliteLocalUsageStoreTest extends LocalUsageStoreContract {

    @RegisterExtension
    final DatabaseFile file = new DatabaseFile();

    @Override
    protected LocalUsageStorePort createStore() {
        return new SqliteLocalUsageStore(file.open());
    }

    @Test
    void records_survive_closing_and_opening_the_file_again() {
        List<UsageRecord> records = StoredRecords.hours(3, "vm-0");
        store.append(records);

        assertThat(new SqliteLocalUsageStore(file.reopen()).reportedBetween(StoredRecords.DAY, StoredRecords.DAY.plus(Duration.ofDays(1))))
                .containsExactlyElementsOf(records);
    }
}
