package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.MarketplacePortContract;

/** The stamp's marketplace port contract, met by the in-process fake. */
class InProcessMarketplacePortTest extends MarketplacePortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
