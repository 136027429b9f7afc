package io.stackbridge.adapters.cli.wiring;

import dagger.Module;
import dagger.Provides;
import io.stackbridge.adapters.cli.emulator.EmulatorAdmin;
import io.stackbridge.adapters.http.server.CloudSide;
import io.stackbridge.domain.registration.AzureEndpoints;

/** The cloud side the emulator's server is built over, and its administrator, listed here because Dagger builds no record by its constructor. */
@Module
final class EmulatorModule {

    private EmulatorModule() {
    }

    @Provides
    static CloudSide cloudSide(AzureEndpoints endpoints, CloudUseCases c, AdminUseCases a) {
        return new CloudSide(endpoints, c.registerResourceProvider(), c.getResourceProvider(), c.createOrUpdateResourceGroup(),
                c.getResourceGroup(), c.deleteResourceGroup(), c.issueAccessToken(), c.verifyAccessToken(), c.publishSigningKeys(),
                c.createOrUpdateRegistration(), c.getRegistration(), c.listRegistrations(), c.updateRegistration(),
                c.deleteRegistration(), c.getActivationKey(), c.enableRemoteManagement(), c.approveMultiTenancy(),
                c.revokeMultiTenancy(), c.addCustomerSubscription(), c.getCustomerSubscription(), c.listCustomerSubscriptions(),
                c.removeCustomerSubscription(), c.acceptUsageBatch(), a.resetEmulator(), a.readWorld(), a.putDirectorySubscription(),
                a.putServicePrincipal(), a.listFaultRules(), a.addFaultRule(), a.removeFaultRule(), a.clearFaultRules(),
                a.drawFault(), a.recordCall(), a.readJournal(), a.clearJournal(), a.readClockOffset(), a.setClockOffset(),
                a.serveWithShiftedClock());
    }

    @Provides
    static EmulatorAdmin admin(CloudUseCases c, AdminUseCases a) {
        return new EmulatorAdmin(c.approveMultiTenancy(), c.revokeMultiTenancy(), a.addFaultRule(), a.removeFaultRule(),
                a.clearFaultRules(), a.listFaultRules(), a.putDirectorySubscription(), a.putServicePrincipal(), a.readJournal(),
                a.clearJournal(), a.setClockOffset(), a.resetEmulator(), c.queryUsageLedger());
    }
}
