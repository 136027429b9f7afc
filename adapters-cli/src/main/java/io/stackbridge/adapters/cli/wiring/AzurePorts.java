package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.fakeazure.FakeAzure;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureComponent;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;

/** One set of Azure ports for a stamp, whichever adapter serves them. */
record AzurePorts(RegistrationPort registrations, TokenPort tokens, UsagePushPort usage, ActivationKeyVerifierPort activationKeyVerifier,
                  ConnectivityProbePort connectivityProbe) implements StampAzure {

    /** For a command that never reaches Azure: any call is a bug of the composition root. */
    static final AzurePorts NONE = new AzurePorts(
            unreachable(RegistrationPort.class), unreachable(TokenPort.class), unreachable(UsagePushPort.class),
            unreachable(ActivationKeyVerifierPort.class), unreachable(ConnectivityProbePort.class));

    /** The in-process ports of a fake Azure. */
    static AzurePorts of(FakeAzure fake) {
        return new AzurePorts(fake.registrations(), fake.tokens(), fake.usagePush(), fake.activationKeyVerifier(), fake.connectivityProbe());
    }

    /** The in-process ports of a fake Azure's component (in memory or kept in a data directory). */
    static AzurePorts of(FakeAzureComponent fake) {
        return new AzurePorts(fake.registrationPort(), fake.tokenPort(), fake.usagePushPort(), fake.activationKeyVerifier(),
                fake.connectivityProbe());
    }

    private static <T> T unreachable(Class<T> port) {
        return port.cast(java.lang.reflect.Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new IllegalStateException("this command does not reach Azure, yet " + port.getSimpleName() + "." + method.getName()
                    + " was called");
        }));
    }
}
