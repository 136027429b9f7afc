package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.localusage.LocalSubscription;
import io.vavr.collection.List;

import java.util.Objects;

/** The resources one local subscription runs. */
public record TenantWorkload(LocalSubscription subscription, List<SimulatedResource> resources) {

    public TenantWorkload {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(resources, "resources");
    }
}
