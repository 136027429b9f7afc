package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.MarketplacePortContract;

/** The stamp's marketplace port contract, met by the HTTP client against the emulator. */
class OverTheWireMarketplacePortTest extends MarketplacePortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
