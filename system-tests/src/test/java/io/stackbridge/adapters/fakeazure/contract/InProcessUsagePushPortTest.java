package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.UsagePushPortContract;

/** The usage push port contract, met by the in-process fake. */
class InProcessUsagePushPortTest extends UsagePushPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
