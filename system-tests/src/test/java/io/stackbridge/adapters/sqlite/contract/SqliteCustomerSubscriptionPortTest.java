package io.stackbridge.adapters.sqlite.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.CustomerSubscriptionPortContract;

/** The customer subscription port contract, met by the fake Azure with its stores in SQLite (as serve --data-dir composes it). */
class SqliteCustomerSubscriptionPortTest extends CustomerSubscriptionPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return SqliteBackedAzure.start();
    }
}
