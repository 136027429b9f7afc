package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.BridgeDiagnosisScenarios;

/** The bridge's diagnosis scenarios, against the in-process fake. */
class InProcessBridgeDiagnosisScenariosTest extends BridgeDiagnosisScenarios {

    @Override
    protected BridgeAzureUnderTest startAzure() {
        return InProcessBridgeAzure.start();
    }
}
