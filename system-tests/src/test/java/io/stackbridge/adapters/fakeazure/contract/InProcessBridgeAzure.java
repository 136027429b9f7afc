package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;

/** The in-process fake as a stamp meets it: {@link InProcessAzure} plus its in-process verifier and probe. */
public final class InProcessBridgeAzure extends FakeSignedStampAzure {

    private final InProcessAzure azure;

    private InProcessBridgeAzure(InProcessAzure azure) {
        super(azure, azure.fake().tokenCodec(), azure.fake().signing());
        this.azure = azure;
    }

    public static InProcessBridgeAzure start() {
        return new InProcessBridgeAzure(InProcessAzure.start());
    }

    @Override
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return azure.fake().activationKeyVerifier();
    }

    @Override
    public ConnectivityProbePort connectivityProbe() {
        return azure.fake().connectivityProbe();
    }
}
