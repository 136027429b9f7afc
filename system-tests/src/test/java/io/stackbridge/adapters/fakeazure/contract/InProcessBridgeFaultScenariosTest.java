package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.BridgeFaultScenarios;

/** The five bridge codes scenarios, against the in-process fake. */
class InProcessBridgeFaultScenariosTest extends BridgeFaultScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return InProcessBridgeAzure.start();
    }
}
