package io.stackbridge.application.contract;

import io.stackbridge.application.port.in.bridge.DiagnoseBridgeUseCase;
import io.stackbridge.application.port.in.bridge.ReadBridgeStatusUseCase;
import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.application.port.in.stamp.ApplyActivationKeyUseCase;
import io.stackbridge.application.port.in.stamp.DeactivateStampUseCase;
import io.stackbridge.application.port.in.stamp.GenerateRegistrationTokenUseCase;
import io.stackbridge.application.port.in.stamp.ReadRegionPropertiesUseCase;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.application.service.bridge.DiagnoseBridgeService;
import io.stackbridge.application.service.bridge.ReadBridgeStatusService;
import io.stackbridge.application.service.bridge.RunBridgeService;
import io.stackbridge.application.service.stamp.ApplyActivationKeyService;
import io.stackbridge.application.service.stamp.DeactivateStampService;
import io.stackbridge.application.service.stamp.GenerateRegistrationTokenService;
import io.stackbridge.application.service.stamp.ReadRegionPropertiesService;
import io.stackbridge.application.service.stamp.RegisterStampService;
import io.stackbridge.domain.bridge.BridgeSettings;

/**
 * One stamp's use cases wired by hand over an Azure under test, its state, its clock and a
 * recording sleeper. The bridge reaches the Azure's token and usage ports through their current
 * instances, so a harness may replace them (as the HTTPS one does after an UntrustedCertificate rule).
 */
public final class StackSide {

    public final GenerateRegistrationTokenUseCase token;
    public final ApplyActivationKeyUseCase apply;
    public final RegisterStampUseCase register;
    public final DeactivateStampUseCase deactivate;
    public final ReadRegionPropertiesUseCase properties;
    public final ReadBridgeStatusUseCase status;
    public final DiagnoseBridgeUseCase diagnose;
    public final RunBridgeUseCase bridge;

    private final BridgeAzureUnderTest azure;
    private final StampState state;
    private final TestStampClock clock;
    private final RecordingSleeper sleeper;
    private final BridgeSettings settings;

    public StackSide(BridgeAzureUnderTest azure, StampState state, TestStampClock clock, RecordingSleeper sleeper,
                     BridgeSettings settings) {
        this.azure = azure;
        this.state = state;
        this.clock = clock;
        this.sleeper = sleeper;
        this.settings = settings;
        this.token = new GenerateRegistrationTokenService(state.stamps(), azure.tokenCodec());
        this.apply = new ApplyActivationKeyService(state.stamps(), azure.activationKeyVerifier(), state.activations(), clock);
        this.register = new RegisterStampService(azure.registrations(), token, apply);
        this.deactivate = new DeactivateStampService(state.stamps(), state.activations());
        this.properties = new ReadRegionPropertiesService(state.stamps(), state.activations(), clock);
        this.status = new ReadBridgeStatusService(state.health(), state.outbox(), state.activations(), clock);
        this.diagnose = new DiagnoseBridgeService(state.stamps(), state.activations(), azure.connectivityProbe(), currentTokens(),
                azure.registrations(), clock);
        this.bridge = bridgeWith(currentTokens(), currentUsage());
    }

    /** A bridge of this stamp (a new process, say) over other token and usage ports, sharing its state. */
    public RunBridgeUseCase bridgeWith(TokenPort tokens, UsagePushPort usage) {
        return new RunBridgeService(state.stamps(), state.activations(), state.outbox(), tokens, usage, state.health(), clock,
                sleeper, settings);
    }

    /** The Azure's token port as it is at each call. */
    public TokenPort currentTokens() {
        return request -> azure.tokens().acquire(request);
    }

    /** The Azure's usage port as it is at each call. */
    public UsagePushPort currentUsage() {
        return push -> azure.usage().push(push);
    }
}
