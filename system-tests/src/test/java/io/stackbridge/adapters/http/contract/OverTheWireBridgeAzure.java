package io.stackbridge.adapters.http.contract;

import io.stackbridge.adapters.fakeazure.contract.FakeSignedStampAzure;
import io.stackbridge.adapters.http.client.HttpActivationKeyVerifier;
import io.stackbridge.adapters.http.client.HttpConnectivityProbe;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;

import java.nio.file.Path;

/**
 * The emulator as a stamp meets it over HTTPS: {@link OverTheWireAzure}, an activation key verifier
 * fetching the emulator's published key set, and a connectivity probe with real sockets.
 */
public final class OverTheWireBridgeAzure extends FakeSignedStampAzure {

    private static final Path STATE = Path.of("target", "over-the-wire-bridge-" + ProcessHandle.current().pid());

    private final ActivationKeyVerifierPort verifier;
    private final ConnectivityProbePort probe;

    private OverTheWireBridgeAzure(OverTheWireAzure azure) {
        super(azure, azure.emulated().fake.tokenCodec(), azure.emulated().fake.signing());
        this.verifier = HttpActivationKeyVerifier.ofEmulator(azure.clients(), azure.emulated().running.httpsUrl());
        this.probe = new HttpConnectivityProbe(azure.clients());
    }

    /**
     * Started with its certificate in a directory of this test JVM's own, so that another build
     * running the same tests in this working copy never rewrites the PEM these clients are reading.
     */
    public static OverTheWireBridgeAzure start() {
        return new OverTheWireBridgeAzure(OverTheWireAzure.start(STATE));
    }

    @Override
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return verifier;
    }

    @Override
    public ConnectivityProbePort connectivityProbe() {
        return probe;
    }
}
