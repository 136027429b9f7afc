package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.StampFacingAzure;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.junit.FakeAzure;
import io.vavr.Lazy;

/** The in-process fake as a stamp meets it: {@link InProcessAzure} plus its verifier, probe, token codec and signing key. */
public final class InProcessBridgeAzure extends StampFacingAzure {

    /** Another Azure, whose key this one does not publish. */
    private static final Lazy<FakeAzure> ELSEWHERE = Lazy.of(FakeAzure::start);

    private final InProcessAzure azure;

    private InProcessBridgeAzure(InProcessAzure azure) {
        super(azure);
        this.azure = azure;
    }

    public static InProcessBridgeAzure start() {
        return new InProcessBridgeAzure(InProcessAzure.start());
    }

    private FakeAzure fake() {
        return azure.fake();
    }

    @Override
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return fake().activationKeyVerifier();
    }

    @Override
    public ConnectivityProbePort connectivityProbe() {
        return fake().connectivityProbe();
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
