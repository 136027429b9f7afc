package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.stack.StackUseCases;
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
import io.stackbridge.application.port.in.gallery.BrowseMarketplaceUseCase;
import io.stackbridge.application.port.in.gallery.DownloadProductUseCase;
import io.stackbridge.application.port.in.gallery.RemoveProductUseCase;
import io.stackbridge.application.port.in.gallery.ShowMarketplaceProductUseCase;
import io.stackbridge.application.port.out.StampClockPort;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The hosted stamp's use cases as a lab drives them: its bridge runs as the lab's own run (one attempt,
 * the bridge taken over from the background), the diagnosis and registration on fresh connections,
 * everything else as the stamp's own.
 */
final class LabStampUseCases implements StackUseCases {

    private final Supplier<StackUseCases> stamp;
    private final Runnable reconnect;
    private final RunBridgeUseCase bridge;

    LabStampUseCases(Supplier<StackUseCases> stamp, Runnable reconnect, RunBridgeUseCase bridge) {
        this.stamp = Objects.requireNonNull(stamp, "stamp");
        this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
    }

    @Override
    public RunBridgeUseCase runBridge() {
        return bridge;
    }

    @Override
    public DiagnoseBridgeUseCase diagnoseBridge() {
        reconnect.run();
        return stamp.get().diagnoseBridge();
    }

    @Override
    public RegisterStampUseCase registerStamp() {
        reconnect.run();
        return stamp.get().registerStamp();
    }

    @Override
    public GenerateRegistrationTokenUseCase generateRegistrationToken() {
        return stamp.get().generateRegistrationToken();
    }

    @Override
    public ChooseBillingUseCase chooseBilling() {
        return stamp.get().chooseBilling();
    }

    @Override
    public ApplyActivationKeyUseCase applyActivationKey() {
        return stamp.get().applyActivationKey();
    }

    @Override
    public DeactivateStampUseCase deactivateStamp() {
        return stamp.get().deactivateStamp();
    }

    @Override
    public ReadRegionPropertiesUseCase readRegionProperties() {
        return stamp.get().readRegionProperties();
    }

    @Override
    public SimulateWorkloadUseCase simulateWorkload() {
        return stamp.get().simulateWorkload();
    }

    @Override
    public QueryProviderUsageUseCase queryProviderUsage() {
        return stamp.get().queryProviderUsage();
    }

    @Override
    public QueryTenantUsageUseCase queryTenantUsage() {
        return stamp.get().queryTenantUsage();
    }

    @Override
    public ReadBridgeStatusUseCase readBridgeStatus() {
        return stamp.get().readBridgeStatus();
    }

    @Override
    public StampClockPort stampClock() {
        return stamp.get().stampClock();
    }

    @Override
    public BrowseMarketplaceUseCase browseMarketplace() {
        return stamp.get().browseMarketplace();
    }

    @Override
    public ShowMarketplaceProductUseCase showMarketplaceProduct() {
        return stamp.get().showMarketplaceProduct();
    }

    @Override
    public DownloadProductUseCase downloadProduct() {
        return stamp.get().downloadProduct();
    }

    @Override
    public RemoveProductUseCase removeProduct() {
        return stamp.get().removeProduct();
    }
}
