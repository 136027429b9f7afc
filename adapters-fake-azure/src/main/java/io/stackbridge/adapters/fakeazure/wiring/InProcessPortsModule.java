package io.stackbridge.adapters.fakeazure.wiring;

import dagger.Binds;
import dagger.Module;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessActivationKeyVerifier;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessConnectivityProbe;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessCustomerSubscriptionPort;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessEmulatorAdminPort;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessMarketplacePort;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessRegistrationPort;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessTokenPort;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessUsagePushPort;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;

/** The stack side's ports to Azure, served in process by the fake (no sockets). */
@Module
public interface InProcessPortsModule {

    @Binds RegistrationPort registrations(InProcessRegistrationPort port);

    @Binds CustomerSubscriptionPort customerSubscriptions(InProcessCustomerSubscriptionPort port);

    @Binds TokenPort tokens(InProcessTokenPort port);

    @Binds UsagePushPort usagePush(InProcessUsagePushPort port);

    @Binds ActivationKeyVerifierPort activationKeyVerifier(InProcessActivationKeyVerifier verifier);

    @Binds ConnectivityProbePort connectivityProbe(InProcessConnectivityProbe probe);

    @Binds EmulatorAdminPort emulatorAdmin(InProcessEmulatorAdminPort port);
    // mktstack
    @Binds MarketplacePort marketplace(InProcessMarketplacePort port);
}
