package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.BridgeDeliveryScenarios;

/** The bridge's delivery scenarios, against the in-process fake. */
class InProcessBridgeDeliveryScenariosTest extends BridgeDeliveryScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return InProcessBridgeAzure.start();
    }
}
