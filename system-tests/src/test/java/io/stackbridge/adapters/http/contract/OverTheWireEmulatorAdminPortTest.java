package io.stackbridge.adapters.http.contract;

import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.adapters.http.client.admin.HttpEmulatorAdminPort;
import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.EmulatorAdminPortContract;
import io.stackbridge.application.port.out.EmulatorAdminPort;

/** The emulator admin port contract, met by the HTTPS client of the admin API against the emulator on a free port. */
class OverTheWireEmulatorAdminPortTest extends EmulatorAdminPortContract {

    private EmulatorAdminPort admin;

    @Override
    protected AzureUnderTest startAzure() {
        OverTheWireAzure started = OverTheWireAzure.start();
        admin = new HttpEmulatorAdminPort(new HttpTransport(started.clients()), started.emulated().running.httpsUrl());
        return started;
    }

    @Override
    protected EmulatorAdminPort admin() {
        return admin;
    }
}
