package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.TokenPortContract;

/** The token port contract, met by the HTTP clients against the emulator. */
class OverTheWireTokenPortTest extends TokenPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
