package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.application.contract.LinkedSubscriptionStoreContract;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;

/** The in-memory linked subscriptions keep the store contract. */
class InMemoryLinkedSubscriptionStoreTest extends LinkedSubscriptionStoreContract {

    @Override
    protected LinkedSubscriptionStorePort createStore() {
        return new InMemoryLinkedSubscriptionStore();
    }
}
