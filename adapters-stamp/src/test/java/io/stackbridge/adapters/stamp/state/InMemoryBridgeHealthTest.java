package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.contract.BridgeHealthContract;
import io.stackbridge.application.port.out.BridgeHealthPort;

/** The bridge health contract, met in memory. */
class InMemoryBridgeHealthTest extends BridgeHealthContract {

    @Override
    protected BridgeHealthPort createStore() {
        return new InMemoryBridgeHealth();
    }
}
