package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.BridgeDeliveryScenarios;

/** The bridge's delivery scenarios, over HTTPS against the emulator. */
class OverTheWireBridgeDeliveryScenariosTest extends BridgeDeliveryScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return OverTheWireBridgeAzure.start();
    }
}
