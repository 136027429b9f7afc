package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.CustomerSubscriptionPortErrorsContract;

/** The customer subscription port errors contract, met by the in-process fake. */
class InProcessCustomerSubscriptionPortErrorsTest extends CustomerSubscriptionPortErrorsContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
