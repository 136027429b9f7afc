package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Map;

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

    /** The largest {@link #scaledBy} factor: a year at that scale stays below what an {@code int} counts. */
    public static final int MAX_SCALE = 1000;

    private final WorkloadSettings settings;
    private final List<Running> running;

    public WorkloadSimulator(WorkloadSettings settings) {
        this.settings = settings;
        this.running = settings.tenants()
                .map(tenant -> WorkloadPlanner.plan(settings.seed(), tenant, settings.stacksPerTenant()))
                .flatMap(workload -> workload.resources().map(resource -> new Running(workload.subscription().id(),
                        workload.subscription().owner(), resource, Seeds.mix(settings.seed(), resource.resourceUri()),
                        resource.additionalInfo())));
    }

    /**
     * The same tenants running {@code scale} times as many application stacks each (1 gives this
     * simulator's own workload, whose records every larger scale also emits).
     */
    public WorkloadSimulator scaledBy(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale out of range: " + scale);
        }
        return scale == 1 ? this : new WorkloadSimulator(settings.withStacksPerTenant(settings.stacksPerTenant() * scale));
    }

    /** The records of the {@code hours} whole hours that end at {@code end} (on the hour), oldest hour first. */
    public List<UsageRecord> hoursEndingAt(Instant end, int hours) {
        return List.ofAll(recordsEndingAt(end, hours));
    }

    /**
     * The same records as {@link #hoursEndingAt}, made one hour at a time as they are read, so a
     * year of a large workload never sits in memory at once.
     */
    public Iterator<UsageRecord> recordsEndingAt(Instant end, int hours) {
        Instant first = end.minus(UsageWindow.LENGTH.multipliedBy(hours));
        return Iterator.range(0, hours)
                .map(hour -> UsageWindow.startingAt(first.plus(UsageWindow.LENGTH.multipliedBy(hour))))
                .flatMap(this::hour);
    }

    /** The records of one hour, tenant by tenant, resource by resource. */
    public List<UsageRecord> hour(UsageWindow window) {
        return running.flatMap(resource -> resource.records(window, settings.location()));
    }

    /** One planned resource with what every one of its records repeats. */
    private record Running(SubscriptionId subscription, TenantId owner, SimulatedResource resource, long seed,
                           Map<String, String> additionalInfo) {

        List<UsageRecord> records(UsageWindow window, String location) {
            SplittableRandom random = new SplittableRandom(Seeds.mix(seed, window.start().getEpochSecond()));
            Instant reportedAt = window.end().plus(Duration.ofMinutes(random.nextInt((int) MAX_REPORTING_LAG.toMinutes() + 1)));
            return resource.hour(random).map(emission -> new UsageRecord(subscription, owner, emission.meterId(), emission.quantity(),
                    window, resource.resourceUri(), location, resource.tags(), additionalInfo, reportedAt));
        }
    }
}
