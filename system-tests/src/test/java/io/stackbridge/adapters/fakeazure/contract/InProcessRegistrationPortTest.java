package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.RegistrationPortContract;

/** The registration port contract, met by the in-process fake. */
class InProcessRegistrationPortTest extends RegistrationPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
