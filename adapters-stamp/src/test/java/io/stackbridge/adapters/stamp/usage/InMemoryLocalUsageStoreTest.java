package io.stackbridge.adapters.stamp.usage;

import io.stackbridge.application.contract.LocalUsageStoreContract;
import io.stackbridge.application.port.out.LocalUsageStorePort;

/** The in-memory usage store keeps every promise of the store contract. */
class InMemoryLocalUsageStoreTest extends LocalUsageStoreContract {

    @Override
    protected LocalUsageStorePort createStore() {
        return new InMemoryLocalUsageStore();
    }
}
