package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.contract.ActivationStoreContract;
import io.stackbridge.application.port.out.ActivationStorePort;

/** The activation store contract, met in memory. */
class InMemoryActivationStoreTest extends ActivationStoreContract {

    @Override
    protected ActivationStorePort createStore() {
        return new InMemoryActivationStore();
    }
}
