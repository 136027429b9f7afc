package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.StampScenarios;

/** The stamp's registration and activation scenarios, over HTTPS against the emulator. */
class OverTheWireStampScenariosTest extends StampScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return OverTheWireBridgeAzure.start();
    }
}
