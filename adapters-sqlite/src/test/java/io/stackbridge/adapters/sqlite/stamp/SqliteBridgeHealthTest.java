package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.DatabaseFile;
import io.stackbridge.application.contract.BridgeHealthContract;
import io.stackbridge.application.port.out.BridgeHealthPort;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bridge's health contract, met by SQLite in a file. */
class SqliteBridgeHealthTest extends BridgeHealthContract {

    @RegisterExtension
    final DatabaseFile file = new DatabaseFile();

    @Override
    protected BridgeHealthPort createStore() {
        return new SqliteBridgeHealth(file.open());
    }
}
