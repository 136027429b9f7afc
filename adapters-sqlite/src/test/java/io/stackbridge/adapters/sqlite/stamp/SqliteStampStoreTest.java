package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.DatabaseFile;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.contract.StampStoreContract;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp's identity contract, met by SQLite in a file. */
class SqliteStampStoreTest extends StampStoreContract {

    @RegisterExtension
    final DatabaseFile file = new DatabaseFile();

    @Override
    protected StampStorePort createStore(Stamp initial) {
        return new SqliteStampStore(file.open(), initial);
    }

    @Test
    void a_stamp_is_saved_only_once_a_store_saved_it() {
        Stamp initial = StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse));
        StampStorePort store = createStore(initial);

        assertThat(SqliteStampStore.saved(file.open())).isEmpty();
        store.save(initial);
        assertThat(SqliteStampStore.saved(file.open())).contains(initial);
    }
}
