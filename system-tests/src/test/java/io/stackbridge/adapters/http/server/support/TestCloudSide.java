package io.stackbridge.adapters.http.server.support;

import io.stackbridge.adapters.cli.wiring.AdminUseCases;
import io.stackbridge.adapters.cli.wiring.CloudUseCases;
import io.stackbridge.adapters.http.server.CloudSide;
import io.stackbridge.application.port.in.registration.GetRegistrationUseCase;
import io.stackbridge.junit.FakeAzure;

/** The emulator's use cases taken from one fake Azure, as the composition root will wire them. */
public final class TestCloudSide {

    private TestCloudSide() {
    }

    public static CloudSide of(FakeAzure fake) {
        return of(fake, fake.cloud().getRegistration());
    }

    /** The same, with registration reads served by {@code getRegistration} (to make one route misbehave). */
    public static CloudSide of(FakeAzure fake, GetRegistrationUseCase getRegistration) {
        CloudUseCases c = fake.cloud();
        AdminUseCases a = fake.admin();
        return new CloudSide(fake.endpoints(), c.registerResourceProvider(), c.getResourceProvider(), c.createOrUpdateResourceGroup(),
                c.getResourceGroup(), c.deleteResourceGroup(), c.issueAccessToken(), c.verifyAccessToken(), c.publishSigningKeys(),
                c.createOrUpdateRegistration(), getRegistration, c.listRegistrations(), c.updateRegistration(),
                c.deleteRegistration(), c.getActivationKey(), c.enableRemoteManagement(), c.approveMultiTenancy(),
                c.revokeMultiTenancy(), c.addCustomerSubscription(), c.getCustomerSubscription(), c.listCustomerSubscriptions(),
                c.removeCustomerSubscription(), c.acceptUsageBatch(), a.resetEmulator(), a.readWorld(), a.putDirectorySubscription(),
                a.putServicePrincipal(), a.listFaultRules(), a.addFaultRule(), a.removeFaultRule(), a.clearFaultRules(),
                a.drawFault(), a.recordCall(), a.readJournal(), a.clearJournal(), a.readClockOffset(), a.setClockOffset(),
                a.serveWithShiftedClock());
    }
}
