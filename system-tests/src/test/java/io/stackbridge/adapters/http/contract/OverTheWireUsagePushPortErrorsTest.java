package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.UsagePushPortErrorsContract;

/** The usage push port errors contract, met by the HTTP clients against the emulator. */
class OverTheWireUsagePushPortErrorsTest extends UsagePushPortErrorsContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
