package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.StampStoreContract;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void a_stamp_is_saved_only_once_a_store_saved_it() {
        Stamp initial = StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse));
        StampStorePort store = createStore(initial);

        assertThat(SqliteStampStore.saved(database)).isEmpty();
        store.save(initial);
        assertThat(SqliteStampStore.saved(database)).contains(initial);
    }
}
