package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.UsagePushPortContract;

/** The usage push port contract, met by the HTTP clients against the emulator. */
class OverTheWireUsagePushPortTest extends UsagePushPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
