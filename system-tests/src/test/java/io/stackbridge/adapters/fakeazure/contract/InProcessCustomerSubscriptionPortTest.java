package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.CustomerSubscriptionPortContract;

/** The customer subscription port contract, met by the in-process fake. */
class InProcessCustomerSubscriptionPortTest extends CustomerSubscriptionPortContract {

    @Override
    protected AzureUnderTest startAzure() {
        return InProcessAzure.start();
    }
}
