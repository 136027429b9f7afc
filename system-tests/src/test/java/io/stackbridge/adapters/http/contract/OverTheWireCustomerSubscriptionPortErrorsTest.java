package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.CustomerSubscriptionPortErrorsContract;

/** The customer subscription port errors contract, met by the HTTP clients against the emulator. */
class OverTheWireCustomerSubscriptionPortErrorsTest extends CustomerSubscriptionPortErrorsContract {

    @Override
    protected AzureUnderTest startAzure() {
        return OverTheWireAzure.start();
    }
}
