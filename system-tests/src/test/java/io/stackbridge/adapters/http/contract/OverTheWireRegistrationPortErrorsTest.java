package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.RegistrationPortErrorsContract;

/** The registration port errors contract, met by the HTTP clients against the emulator. */
class OverTheWireRegistrationPortErrorsTest extends RegistrationPortErrorsContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
