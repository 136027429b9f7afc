package io.stackbridge.adapters.stamp.bridge;

import dagger.Binds;
import dagger.Provides;
import io.stackbridge.application.port.in.bridge.DiagnoseBridgeUseCase;
import io.stackbridge.application.port.in.bridge.ReadBridgeStatusUseCase;
import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.application.port.in.stamp.ApplyActivationKeyUseCase;
import io.stackbridge.application.port.in.stamp.ChooseBillingUseCase;
import io.stackbridge.application.port.in.stamp.DeactivateStampUseCase;
import io.stackbridge.application.port.in.stamp.GenerateRegistrationTokenUseCase;
import io.stackbridge.application.port.in.stamp.ReadRegionPropertiesUseCase;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.application.service.bridge.DiagnoseBridgeService;
import io.stackbridge.application.service.bridge.ReadBridgeStatusService;
import io.stackbridge.application.service.bridge.RunBridgeService;
import io.stackbridge.application.service.stamp.ApplyActivationKeyService;
import io.stackbridge.application.service.stamp.ChooseBillingService;
import io.stackbridge.application.service.stamp.DeactivateStampService;
import io.stackbridge.application.service.stamp.GenerateRegistrationTokenService;
import io.stackbridge.application.service.stamp.ReadRegionPropertiesService;
import io.stackbridge.application.service.stamp.RegisterStampService;
import io.stackbridge.domain.bridge.BridgeSettings;
import jakarta.inject.Singleton;

/**
 * The stamp's and the bridge's use cases over whatever state and Azure ports the component binds:
 * the stamp's state ports (in memory or durable), {@code BridgeSettings}, and the Azure side's
 * registration, token, usage push, activation key verifier, connectivity probe and token codec.
 */
@dagger.Module
public abstract class StampUseCasesModule {

    @Binds abstract SleeperPort sleeper(ThreadSleeper sleeper);

    @Provides @Singleton
    static GenerateRegistrationTokenUseCase generateToken(StampStorePort stamps, RegistrationTokenCodecPort codec) {
        return new GenerateRegistrationTokenService(stamps, codec);
    }

    @Provides @Singleton
    static ChooseBillingUseCase chooseBilling(StampStorePort stamps) {
        return new ChooseBillingService(stamps);
    }

    @Provides @Singleton
    static ApplyActivationKeyUseCase applyActivationKey(StampStorePort stamps, ActivationKeyVerifierPort verifier,
                                                        ActivationStorePort activations, StampClockPort clock) {
        return new ApplyActivationKeyService(stamps, verifier, activations, clock);
    }

    @Provides @Singleton
    static RegisterStampUseCase register(RegistrationPort registrations, GenerateRegistrationTokenUseCase tokens,
                                         ApplyActivationKeyUseCase activation) {
        return new RegisterStampService(registrations, tokens, activation);
    }

    @Provides @Singleton
    static DeactivateStampUseCase deactivate(StampStorePort stamps, ActivationStorePort activations) {
        return new DeactivateStampService(stamps, activations);
    }

    @Provides @Singleton
    static ReadRegionPropertiesUseCase regionProperties(StampStorePort stamps, ActivationStorePort activations, StampClockPort clock) {
        return new ReadRegionPropertiesService(stamps, activations, clock);
    }

    /** One instance per stamp: it keeps the reused token and the seeded jitter between runs. */
    @Provides @Singleton
    static RunBridgeUseCase runBridge(StampStorePort stamps, ActivationStorePort activations, UsageOutboxPort outbox,
                                      TokenPort tokens, UsagePushPort usage, BridgeHealthPort health, StampClockPort clock,
                                      SleeperPort sleeper, BridgeSettings settings) {
        return new RunBridgeService(stamps, activations, outbox, tokens, usage, health, clock, sleeper, settings);
    }

    @Provides @Singleton
    static ReadBridgeStatusUseCase bridgeStatus(BridgeHealthPort health, UsageOutboxPort outbox, ActivationStorePort activations,
                                                StampClockPort clock) {
        return new ReadBridgeStatusService(health, outbox, activations, clock);
    }

    @Provides @Singleton
    static DiagnoseBridgeUseCase diagnose(StampStorePort stamps, ActivationStorePort activations, ConnectivityProbePort probe,
                                          TokenPort tokens, RegistrationPort registrations, StampClockPort clock) {
        return new DiagnoseBridgeService(stamps, activations, probe, tokens, registrations, clock);
    }
}
