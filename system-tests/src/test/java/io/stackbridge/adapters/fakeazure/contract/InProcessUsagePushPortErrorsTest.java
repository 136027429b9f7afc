package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.UsagePushPortErrorsContract;

/** The usage push port errors contract, met by the in-process fake. */
class InProcessUsagePushPortErrorsTest extends UsagePushPortErrorsContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
