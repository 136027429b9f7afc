package io.stackbridge.adapters.http.contract;

import io.stackbridge.adapters.http.client.HttpActivationKeyVerifier;
import io.stackbridge.adapters.http.client.HttpConnectivityProbe;
import io.stackbridge.application.contract.StampFacingAzure;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.junit.FakeAzure;
import io.vavr.Lazy;

import java.nio.file.Path;

/**
 * The emulator as a stamp meets it over HTTPS: {@link OverTheWireAzure}, an activation key verifier
 * fetching the emulator's published key set, and a connectivity probe with real sockets.
 */
public final class OverTheWireBridgeAzure extends StampFacingAzure {

    private static final Path STATE = Path.of("target", "over-the-wire-bridge-" + ProcessHandle.current().pid());

    /** Another Azure, whose key the emulator does not publish. */
    private static final Lazy<FakeAzure> ELSEWHERE = Lazy.of(FakeAzure::start);

    private final OverTheWireAzure azure;
    private final ActivationKeyVerifierPort verifier;
    private final ConnectivityProbePort probe;

    private OverTheWireBridgeAzure(OverTheWireAzure azure) {
        super(azure);
        this.azure = azure;
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

    private FakeAzure fake() {
        return azure.emulated().fake;
    }

    @Override
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return verifier;
    }

    @Override
    public ConnectivityProbePort connectivityProbe() {
        return probe;
    }

    @Override
    public RegistrationTokenCodecPort tokenCodec() {
        return fake().tokenCodec();
    }

    @Override
    public ActivationKey sign(ActivationKeyClaims claims) {
        return fake().signing().signActivationKey(claims);
    }

    @Override
    public ActivationKey signElsewhere(ActivationKeyClaims claims) {
        return ELSEWHERE.get().signing().signActivationKey(claims);
    }
}
