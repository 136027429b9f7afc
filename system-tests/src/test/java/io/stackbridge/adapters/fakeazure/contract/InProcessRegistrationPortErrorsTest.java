package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.RegistrationPortErrorsContract;

/** The registration port errors contract, met by the in-process fake. */
class InProcessRegistrationPortErrorsTest extends RegistrationPortErrorsContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
