package io.stackbridge.adapters.http.server.localusage;

import io.stackbridge.application.port.in.localusage.QueryProviderUsageUseCase;
import io.stackbridge.application.port.in.localusage.QueryTenantUsageUseCase;

import java.util.Objects;

/** The simulated stamp's two usage query use cases, which the emulator serves beside Azure as the stamp's local usage APIs. */
public record StampUsageQueries(QueryProviderUsageUseCase queryProviderUsage, QueryTenantUsageUseCase queryTenantUsage) {

    public StampUsageQueries {
        Objects.requireNonNull(queryProviderUsage, "queryProviderUsage");
        Objects.requireNonNull(queryTenantUsage, "queryTenantUsage");
    }
}
