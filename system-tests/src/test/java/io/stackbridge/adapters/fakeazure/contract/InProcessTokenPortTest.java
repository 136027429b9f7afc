package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.TokenPortContract;

/** The token port contract, met by the in-process fake. */
class InProcessTokenPortTest extends TokenPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
