package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.application.port.in.gallery.BrowseMarketplaceUseCase;
import io.stackbridge.application.port.in.gallery.DownloadProductUseCase;
import io.stackbridge.application.port.in.gallery.RemoveProductUseCase;
import io.stackbridge.application.port.in.gallery.ShowMarketplaceProductUseCase;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.application.service.gallery.BrowseMarketplaceService;
import io.stackbridge.application.service.gallery.DownloadProductService;
import io.stackbridge.application.service.gallery.RemoveProductService;
import io.stackbridge.application.service.gallery.ShowMarketplaceProductService;
import dagger.Module;
import dagger.Provides;
import io.stackbridge.adapters.stamp.usage.WorkloadSeed;
import io.stackbridge.application.port.in.bridge.DiagnoseBridgeUseCase;
import io.stackbridge.application.port.in.bridge.ReadBridgeStatusUseCase;
import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase;
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
import io.stackbridge.application.port.out.LocalSubscriptionDirectoryPort;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.adapters.support.logs.RoleLog;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.application.service.bridge.DiagnoseBridgeService;
import io.stackbridge.application.service.bridge.ReadBridgeStatusService;
import io.stackbridge.application.service.bridge.RunBridgeService;
import io.stackbridge.application.service.localusage.QueryProviderUsageService;
import io.stackbridge.application.service.localusage.QueryTenantUsageService;
import io.stackbridge.application.service.localusage.SimulateWorkloadService;
import io.stackbridge.application.service.stamp.ApplyActivationKeyService;
import io.stackbridge.application.service.stamp.ChooseBillingService;
import io.stackbridge.application.service.stamp.DeactivateStampService;
import io.stackbridge.application.service.stamp.GenerateRegistrationTokenService;
import io.stackbridge.application.service.stamp.ReadRegionPropertiesService;
import io.stackbridge.application.service.stamp.RegisterStampService;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The stack side's use cases, each listed once with the service that implements it: the stamp's, the
 * bridge's and the stamp's local usage service's, over whatever the component binds (the stamp's state
 * in memory or in SQLite, its time, its subscriptions, {@code BridgeSettings}, the {@link WorkloadSeed}
 * and the Azure it reaches: registration, token, usage push, activation key verifier, connectivity
 * probe, token codec). The application ring carries no DI annotation: its services are built here.
 */
@Module(includes = StampLogsModule.class)
public final class StackUseCasesModule {

    private StackUseCasesModule() {
    }

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
                                      SleeperPort sleeper, Optional<BridgeWaits> waits, BridgeSettings settings) {
        return new RunBridgeService(stamps, activations, outbox, tokens, usage, health, clock, waits.orElse(BridgeWaits.NONE).around(sleeper), settings);
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

    @Provides @Singleton
    static WorkloadSimulator simulator(@WorkloadSeed long seed, LocalSubscriptionDirectoryPort directory) {
        return new WorkloadSimulator(WorkloadSettings.of(seed, directory.tenants()));
    }

    @Provides @Singleton
    static QueryProviderUsageUseCase queryProviderUsage(LocalSubscriptionDirectoryPort directory, LocalUsageStorePort store,
                                                        StampClockPort clock, Optional<RoleLog> log) {
        return UsageServiceLog.provider(new QueryProviderUsageService(directory, store, clock), log.orElse(RoleLog.NONE));
    }

    @Provides @Singleton
    static QueryTenantUsageUseCase queryTenantUsage(LocalUsageStorePort store, StampClockPort clock, Optional<RoleLog> log) {
        return UsageServiceLog.tenant(new QueryTenantUsageService(store, clock), log.orElse(RoleLog.NONE));
    }

    @Provides @Singleton
    static SimulateWorkloadUseCase simulateWorkload(WorkloadSimulator simulator, LocalUsageStorePort store, UsageOutboxPort outbox,
                                                    StampClockPort clock, TransactionPort transactions, Optional<RoleLog> log) {
        return UsageServiceLog.simulate(new SimulateWorkloadService(simulator, store, outbox, clock, transactions),
                log.orElse(RoleLog.NONE));
    }

    // mktstack: the stamp's marketplace management
    @Provides @Singleton
    static BrowseMarketplaceUseCase browseMarketplace(StampStorePort stamps, ActivationStorePort activations, MarketplacePort marketplace,
                                                      ProductGalleryPort gallery) {
        return new BrowseMarketplaceService(stamps, activations, marketplace, gallery);
    }

    @Provides @Singleton
    static ShowMarketplaceProductUseCase showMarketplaceProduct(StampStorePort stamps, ActivationStorePort activations,
                                                                MarketplacePort marketplace, ProductGalleryPort gallery) {
        return new ShowMarketplaceProductService(stamps, activations, marketplace, gallery);
    }

    @Provides @Singleton
    static DownloadProductUseCase downloadProduct(StampStorePort stamps, ActivationStorePort activations, MarketplacePort marketplace,
                                                  ProductGalleryPort gallery, StampClockPort clock) {
        return new DownloadProductService(stamps, activations, marketplace, gallery, clock);
    }

    @Provides @Singleton
    static RemoveProductUseCase removeProduct(ProductGalleryPort gallery) {
        return new RemoveProductService(gallery);
    }
}
