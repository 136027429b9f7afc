package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.CustomerSubscriptionPortContract;

/** The customer subscription port contract, met by the HTTP clients against the emulator. */
class OverTheWireCustomerSubscriptionPortTest extends CustomerSubscriptionPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
