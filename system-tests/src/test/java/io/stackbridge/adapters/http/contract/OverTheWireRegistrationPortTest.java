package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.RegistrationPortContract;

/** The registration port contract, met by the HTTP clients against the emulator. */
class OverTheWireRegistrationPortTest extends RegistrationPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
