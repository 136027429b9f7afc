package io.stackbridge.adapters.sqlite.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.UsagePushPortContract;

/** The usage push port contract, met by the fake Azure with its stores in SQLite (as serve --data-dir composes it). */
class SqliteUsagePushPortTest extends UsagePushPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return SqliteBackedAzure.start();
    }
}
