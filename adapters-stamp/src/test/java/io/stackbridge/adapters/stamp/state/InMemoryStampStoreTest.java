package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.contract.StampStoreContract;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.stamp.Stamp;

/** The stamp store contract, met in memory. */
class InMemoryStampStoreTest extends StampStoreContract {

    @Override
    protected StampStorePort createStore(Stamp initial) {
        return new InMemoryStampStore(initial);
    }
}
