package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.BridgeDiagnosisScenarios;

/** The bridge's diagnosis scenarios, over HTTPS against the emulator. */
class OverTheWireBridgeDiagnosisScenariosTest extends BridgeDiagnosisScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return OverTheWireBridgeAzure.start();
    }
}
