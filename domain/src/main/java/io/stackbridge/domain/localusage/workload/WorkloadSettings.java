package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.localusage.LocalSubscription;
import io.vavr.collection.List;

import java.util.Objects;

/**
 * What the workload simulator runs: its seed, the tenant subscriptions that run workloads, the
 * stamp's region and how many application stacks (VMs with disks and IPs, a storage account,
 * perhaps an App Service plan and a database) each tenant runs.
 */
public record WorkloadSettings(long seed, List<LocalSubscription> tenants, String location, int stacksPerTenant) {

    /** The region name of a development kit stamp. */
    public static final String DEFAULT_LOCATION = "local";

    public WorkloadSettings {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(location, "location");
        if (location.isBlank() || stacksPerTenant < 1) {
            throw new IllegalArgumentException("invalid workload settings");
        }
    }

    /** One stack per tenant in region {@code local}. */
    public static WorkloadSettings of(long seed, List<LocalSubscription> tenants) {
        return new WorkloadSettings(seed, tenants, DEFAULT_LOCATION, 1);
    }

    public WorkloadSettings withStacksPerTenant(int stacks) {
        return new WorkloadSettings(seed, tenants, location, stacks);
    }
}
