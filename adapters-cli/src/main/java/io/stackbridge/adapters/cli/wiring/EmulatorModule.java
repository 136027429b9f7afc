package io.stackbridge.adapters.cli.wiring;

import dagger.Module;
import dagger.Provides;
import io.stackbridge.adapters.cli.emulator.EmulatorAdmin;

/** The emulator's administrator, from the use cases of its fake Azure. */
@Module
final class EmulatorModule {

    private EmulatorModule() {
    }

    @Provides
    static EmulatorAdmin admin(CloudUseCases c, AdminUseCases a) {
        return new EmulatorAdmin(c.approveMultiTenancy(), c.revokeMultiTenancy(), a.addFaultRule(), a.removeFaultRule(),
                a.clearFaultRules(), a.listFaultRules(), a.putDirectorySubscription(), a.putServicePrincipal(), a.readJournal(),
                a.clearJournal(), a.setClockOffset(), a.resetEmulator(), c.queryUsageLedger());
    }
}
