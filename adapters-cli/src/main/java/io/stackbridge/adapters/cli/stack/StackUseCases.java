package io.stackbridge.adapters.cli.stack;

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

/** One stamp's use cases (stamp, local usage, bridge) over one set of state: what the stack-side commands drive. */
public interface StackUseCases {

    GenerateRegistrationTokenUseCase generateRegistrationToken();

    ChooseBillingUseCase chooseBilling();

    RegisterStampUseCase registerStamp();

    ApplyActivationKeyUseCase applyActivationKey();

    DeactivateStampUseCase deactivateStamp();

    ReadRegionPropertiesUseCase readRegionProperties();

    SimulateWorkloadUseCase simulateWorkload();

    QueryProviderUsageUseCase queryProviderUsage();

    QueryTenantUsageUseCase queryTenantUsage();

    RunBridgeUseCase runBridge();

    ReadBridgeStatusUseCase readBridgeStatus();

    DiagnoseBridgeUseCase diagnoseBridge();

    /** The stamp's own time, which the simulator's hours and the queries' "now" follow. */
    StampClockPort stampClock();

    // mktstack: the stamp's marketplace management
    BrowseMarketplaceUseCase browseMarketplace();

    ShowMarketplaceProductUseCase showMarketplaceProduct();

    DownloadProductUseCase downloadProduct();

    RemoveProductUseCase removeProduct();
}
