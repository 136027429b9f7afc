package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.EmulatorAdminPortContract;
import io.stackbridge.application.port.out.EmulatorAdminPort;

/** The emulator admin port contract, met by the in-process fake's controls. */
class InProcessEmulatorAdminPortTest extends EmulatorAdminPortContract {

    private InProcessAzure fake;

    @Override
    protected AzureUnderTest startAzure() {
        fake = InProcessAzure.start();
        return fake;
    }

    @Override
    protected EmulatorAdminPort admin() {
        return fake.fake().emulatorAdminPort();
    }
}
