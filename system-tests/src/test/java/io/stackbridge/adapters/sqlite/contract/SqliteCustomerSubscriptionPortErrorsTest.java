package io.stackbridge.adapters.sqlite.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.CustomerSubscriptionPortErrorsContract;

/** The customer subscription port errors contract, met by the fake Azure with its stores in SQLite (as serve --data-dir composes it). */
class SqliteCustomerSubscriptionPortErrorsTest extends CustomerSubscriptionPortErrorsContract {

    @Override
    protected AzureUnderTest startAzure() {
        return SqliteBackedAzure.start();
    }
}
