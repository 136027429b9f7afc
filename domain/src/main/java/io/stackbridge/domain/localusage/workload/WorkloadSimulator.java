package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.List;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The stamp's resource providers, simulated: every hour each planned resource emits its readings
 * as hourly usage records, reported 0–180 minutes after the hour ends. Each resource-hour draws
 * from its own stream seeded by the seed, the resource and the hour, so an hour always gives the
 * same records whatever range it is simulated in, and the same seed gives identical records.
 */
public final class WorkloadSimulator {

    /** The longest delay between the end of an hour and its records entering the usage system. */
    public static final Duration MAX_REPORTING_LAG = Duration.ofHours(3);

    private final WorkloadSettings settings;
    private final List<TenantWorkload> workloads;

    public WorkloadSimulator(WorkloadSettings settings) {
        this.settings = settings;
        this.workloads = settings.tenants().map(tenant -> WorkloadPlanner.plan(settings.seed(), tenant, settings.stacksPerTenant()));
    }

    /** The records of the {@code hours} whole hours that end at {@code end} (on the hour), oldest hour first. */
    public List<UsageRecord> hoursEndingAt(Instant end, int hours) {
        UsageWindow last = UsageWindow.startingAt(end.minus(UsageWindow.LENGTH));
        return List.range(0, hours).reverse()
                .map(ago -> UsageWindow.startingAt(last.start().minus(UsageWindow.LENGTH.multipliedBy(ago))))
                .flatMap(this::hour);
    }

    /** The records of one hour, tenant by tenant, resource by resource. */
    public List<UsageRecord> hour(UsageWindow window) {
        return workloads.flatMap(workload -> workload.resources().flatMap(resource -> records(workload, resource, window)));
    }

    private List<UsageRecord> records(TenantWorkload workload, SimulatedResource resource, UsageWindow window) {
        SplittableRandom random = new SplittableRandom(
                Seeds.mix(Seeds.mix(settings.seed(), resource.resourceUri()), window.start().getEpochSecond()));
        Instant reportedAt = window.end().plus(Duration.ofMinutes(random.nextInt((int) MAX_REPORTING_LAG.toMinutes() + 1)));
        return resource.hour(random).map(emission -> new UsageRecord(workload.subscription().id(), workload.subscription().owner(),
                emission.meterId(), emission.quantity(), window, resource.resourceUri(), settings.location(), resource.tags(),
                resource.additionalInfo(), reportedAt));
    }
}
