package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.StampScenarios;

/** The stamp's registration and activation scenarios, against the in-process fake. */
class InProcessStampScenariosTest extends StampScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return InProcessBridgeAzure.start();
    }
}
