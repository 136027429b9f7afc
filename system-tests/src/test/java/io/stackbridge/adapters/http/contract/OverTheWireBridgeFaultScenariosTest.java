package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.BridgeFaultScenarios;

/** The five bridge codes scenarios, over HTTPS against the emulator. */
class OverTheWireBridgeFaultScenariosTest extends BridgeFaultScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return OverTheWireBridgeAzure.start();
    }
}
