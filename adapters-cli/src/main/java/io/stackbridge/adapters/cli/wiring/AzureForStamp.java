package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.support.logs.RoleLog;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;

import java.lang.reflect.Proxy;

/**
 * The Azure a stamp's use cases reach, given to the stamp's component as a dependency: a fake Azure
 * in process, the emulator over HTTPS, or none at all; and, once {@link #logged logged}, the stamp's
 * role logs its bridge and usage service write to.
 */
interface AzureForStamp {

    /** For a command that never reaches Azure: any call is a bug of the composition root. */
    AzureForStamp NONE = new Ports(unreachable(RegistrationPort.class), unreachable(TokenPort.class), unreachable(UsagePushPort.class),
            unreachable(ActivationKeyVerifierPort.class), unreachable(ConnectivityProbePort.class), unreachable(MarketplacePort.class));

    RegistrationPort registrations();

    TokenPort tokens();

    UsagePushPort usage();

    ActivationKeyVerifierPort activationKeyVerifier();

    ConnectivityProbePort connectivityProbe();

    /** The stamp's marketplace management (mktstack). */
    MarketplacePort marketplace();

    /** The stamp's role logs (AzureBridge, WAS, WASPublic): none unless {@link #logged logged}. */
    default RoleLog log() {
        return RoleLog.NONE;
    }

    /** What the bridge's waits between retries go through: nothing unless {@link #logged logged}. */
    default BridgeWaits waits() {
        return BridgeWaits.NONE;
    }

    /**
     * The same Azure, the bridge's sign-ins, push attempts, failures and retry waits written to
     * {@code log}'s AzureBridge lines, and {@code log} given to the stamp's usage service (WAS, WASPublic).
     */
    static AzureForStamp logged(AzureForStamp azure, RoleLog log) {
        return LoggedBridgePorts.of(azure, log);
    }

    /** The in-process ports of a fake Azure's component (in memory or kept in a data directory). */
    static AzureForStamp inProcess(FakeAzureComponent fake) {
        return new Ports(fake.registrationPort(), fake.tokenPort(), fake.usagePushPort(), fake.activationKeyVerifier(),
                fake.connectivityProbe(), fake.marketplacePort());
    }

    /** The same ports, {@code watch} told of every batch the usage service confirms. */
    static AzureForStamp watched(AzureForStamp azure, io.stackbridge.adapters.cli.stack.PushWatch watch) {
        if (watch == io.stackbridge.adapters.cli.stack.PushWatch.NONE) {
            return azure;
        }
        UsagePushPort usage = push -> azure.usage().push(push).peek(receipt -> watch.confirmed(receipt.records()));
        return new Logged(new Ports(azure.registrations(), azure.tokens(), usage, azure.activationKeyVerifier(), azure.connectivityProbe(),
                azure.marketplace()), azure.waits(), azure.log());
    }

    /** Ports with the waits and the log that go with them. */
    record Logged(Ports ports, BridgeWaits waits, RoleLog log) implements AzureForStamp {
        public RegistrationPort registrations() {
            return ports.registrations();
        }

        public TokenPort tokens() {
            return ports.tokens();
        }

        public UsagePushPort usage() {
            return ports.usage();
        }

        public ActivationKeyVerifierPort activationKeyVerifier() {
            return ports.activationKeyVerifier();
        }

        public ConnectivityProbePort connectivityProbe() {
            return ports.connectivityProbe();
        }

        public MarketplacePort marketplace() {
            return ports.marketplace();
        }
    }

    /** Six ports, whichever adapter serves them. */
    record Ports(RegistrationPort registrations, TokenPort tokens, UsagePushPort usage, ActivationKeyVerifierPort activationKeyVerifier,
                 ConnectivityProbePort connectivityProbe, MarketplacePort marketplace) implements AzureForStamp {
    }

    private static <T> T unreachable(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new IllegalStateException("this command does not reach Azure, yet " + port.getSimpleName() + "." + method.getName()
                    + " was called");
        }));
    }
}
