package io.stackbridge.adapters.http.server.localusage;

import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;

import java.util.Objects;

/** The use cases of the simulated stamp the emulator serves beside the cloud side: its two local usage APIs. */
public record StampSide(QueryProviderUsageUseCase queryProviderUsage, QueryTenantUsageUseCase queryTenantUsage) {

    public StampSide {
        Objects.requireNonNull(queryProviderUsage, "queryProviderUsage");
        Objects.requireNonNull(queryTenantUsage, "queryTenantUsage");
    }
}
