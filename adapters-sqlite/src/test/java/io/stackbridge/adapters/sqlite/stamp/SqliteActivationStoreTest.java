package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.DatabaseFile;
import io.stackbridge.application.contract.ActivationStoreContract;
import io.stackbridge.application.port.out.ActivationStorePort;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stamp's activation contract, met by SQLite in a file. */
class SqliteActivationStoreTest extends ActivationStoreContract {

    @RegisterExtension
    final DatabaseFile file = new DatabaseFile();

    @Override
    protected ActivationStorePort createStore() {
        return new SqliteActivationStore(file.open());
    }
}
