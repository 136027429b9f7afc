package io.stackbridge.domain.localusage.workload;

import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.SplittableRandom;

/**
 * A resource running in a local subscription, as its resource provider meters it: every hour it
 * emits readings drawn from {@code random}, which is seeded for that resource and that hour only.
 */
public sealed interface SimulatedResource
        permits VirtualMachine, ManagedDisk, StorageAccount, PublicIp, AppServicePlan, Database {

    /** The fully qualified resource ID. */
    String resourceUri();

    Map<String, String> tags();

    /** What the resource provider adds about the instance (image, size…). */
    Map<String, String> additionalInfo();

    /** The readings of one hour; empty when the resource used nothing (a deallocated VM). */
    List<Emission> hour(SplittableRandom random);
}
